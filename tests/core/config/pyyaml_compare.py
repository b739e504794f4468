"""Compares what PyYAML loads from config files with what the C++ side produced.

  pyyaml_compare.py json YAML JSON          data of YAML's first document == JSON
  pyyaml_compare.py edit OLD NEW EXPR       data(NEW) == data(OLD) after `EXPR` (d is the data)
  pyyaml_compare.py same OLD NEW            data(OLD) == data(NEW), every document
  pyyaml_compare.py configmap MANIFEST YAML manifest's data["config.yaml"] loads like YAML
  pyyaml_compare.py serve                   one JSON argument list per stdin line, one JSON
                                            {"code", "output"} per stdout line (no start-up per check)

Exit 0 when equal, 1 with a description when not, 3 when PyYAML is missing.
"""
import datetime
import json
import math
import sys

try:
    import yaml
except ImportError:
    sys.exit(3)

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def key_text(k):
    if isinstance(k, str):
        return k
    if isinstance(k, bool):
        return "true" if k else "false"
    if k is None:
        return "null"
    if isinstance(k, (datetime.date, datetime.datetime)):
        return k.isoformat()
    return json.dumps(norm(k), sort_keys=True)


def norm(o):
    if isinstance(o, dict):
        return {key_text(k): norm(v) for k, v in o.items()}
    if isinstance(o, (list, tuple)):
        return [norm(v) for v in o]
    if isinstance(o, (set, frozenset)):
        return {key_text(k): None for k in o}
    if isinstance(o, (datetime.date, datetime.datetime)):
        return ("timestamp",)
    if isinstance(o, float) and math.isinf(o):
        return ".inf" if o > 0 else "-.inf"
    if isinstance(o, float) and math.isnan(o):
        return ".nan"
    if isinstance(o, bytes):
        return ("binary",)
    return o


def load_all(path):
    with open(path, "rb") as f:
        return list(yaml.load_all(f, Loader=Loader))


def first(path):
    docs = load_all(path)
    return docs[0] if docs else None




out = []


def run(argv):
    mode = argv[1]
    if mode == "json":
        ours = json.load(open(argv[3], encoding="utf-8"))
        theirs = norm(first(argv[2]))
        if theirs != ours:
            # a timestamp marker on their side equals any string on ours
            def eq(a, b):
                if a == ("timestamp",) and isinstance(b, str):
                    return True
                if isinstance(a, dict) and isinstance(b, dict):
                    return a.keys() == b.keys() and all(eq(a[k], b[k]) for k in a)
                if isinstance(a, list) and isinstance(b, list):
                    return len(a) == len(b) and all(eq(x, y) for x, y in zip(a, b))
                return a == b and type(a) == type(b) or (isinstance(a, (int, float)) and not isinstance(a, bool) and isinstance(b, (int, float)) and a == b)
            if not eq(theirs, ours):
                out.append("PyYAML: " + json.dumps(theirs, sort_keys=True, default=str)[:2000])
                out.append("ours:   " + json.dumps(ours, sort_keys=True)[:2000])
                return 1
    elif mode == "edit":
        d = first(argv[2])
        exec(argv[4], {"d": d})
        new = first(argv[3])
        if norm(d) != norm(new):
            out.append("expected: " + json.dumps(norm(d), sort_keys=True, default=str)[:2000])
            out.append("got:      " + json.dumps(norm(new), sort_keys=True, default=str)[:2000])
            return 1
    elif mode == "same":
        a = [norm(x) for x in load_all(argv[2])]
        b = [norm(x) for x in load_all(argv[3])]
        if a != b:
            out.append("documents differ")
            return 1
    elif mode == "configmap":
        manifest = first(argv[2])
        text = manifest["data"]["config.yaml"]
        expected = open(argv[3], "rb").read().decode("utf-8-sig").replace("\r\n", "\n")
        if text != expected:
            out.append("config.yaml text differs from the file")
            return 1
        if manifest["kind"] != "ConfigMap" or manifest["apiVersion"] != "v1":
            out.append("not a v1 ConfigMap")
            return 1
    else:
        return 2

    return 0


def main():
    if sys.argv[1] != "serve":
        code = run(sys.argv)
        print("\n".join(out))
        sys.exit(code)
    for line in sys.stdin:
        out.clear()
        try:
            code = run(["pyyaml_compare.py"] + json.loads(line))
        except Exception as e:  # a file PyYAML cannot read is a difference, not a crash
            code, out[:] = 1, ["%s: %s" % (type(e).__name__, e)]
        sys.stdout.write(json.dumps({"code": code, "output": "\n".join(out)}) + "\n")
        sys.stdout.flush()


main()
