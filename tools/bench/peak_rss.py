"""Runs a command and prints, as JSON, its wall time and peak resident
memory (the kernel's figure for the finished child, ru_maxrss, in KiB).
Its output goes to /dev/null. Used by `cargo xtask bench`.

    python3 tools/bench/peak_rss.py COMMAND [ARG ...]
"""
import json
import resource
import subprocess
import sys
import time


def main() -> int:
    cmd = sys.argv[1:]
    if not cmd:
        print(__doc__, file=sys.stderr)
        return 2
    start = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if done.returncode != 0:
        sys.stderr.write(done.stderr.decode(errors="replace"))
        print(f"peak_rss: {cmd[0]} exited with {done.returncode}", file=sys.stderr)
        return 1
    print(json.dumps({"seconds": seconds, "max_rss_kib": peak}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
