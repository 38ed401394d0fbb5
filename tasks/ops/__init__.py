"""What people run: the `mmjobs` CLI, the demo, review, stats and diagnostics."""
