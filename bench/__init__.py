"""rungen's benchmark: figures as ratios to an anchor measured in the same run (see README.md)."""
