"""Prints Gatling's report statistics (js/stats.js of a report folder) as a Markdown table:
requests, errors and p50/p95/p99/max per action (Gatling's percentiles 1, 3 and 4 are its defaults 50, 95, 99)."""
import json
import sys

text = open(sys.argv[1]).read()


def blocks(source):
    """Every `stats: {...}` object in the file (each is JSON; the file around them is JavaScript)."""
    at = 0
    while (at := source.find("stats: {", at)) >= 0:
        start = source.index("{", at)
        depth = 0
        for end in range(start, len(source)):
            depth += {"{": 1, "}": -1}.get(source[end], 0)
            if depth == 0:
                break
        yield json.loads(source[start:end + 1])
        at = end


print("| action | requests | errors | p50 ms | p95 ms | p99 ms | max ms |")
print("|---|---:|---:|---:|---:|---:|---:|")
rows = list(blocks(text))
for s in rows[1:] + rows[:1]:
    name = "all" if s["name"] == "All Requests" else s["name"]
    print(f"| {name} | {s['numberOfRequests']['total']} | {s['numberOfRequests']['ko']} | {s['percentiles1']['total']} | "
          f"{s['percentiles3']['total']} | {s['percentiles4']['total']} | {s['maxResponseTime']['total']} |")
