# Runs a learner's code inside the browser (Pyodide, in a Web Worker) and describes the objects it made.
# Loaded once by python-worker.js; the server never runs this file or the learner's code.
import builtins
import inspect
import io
import json
import linecache
import os
import re
import reprlib
import sys
import traceback
from contextlib import redirect_stderr, redirect_stdout

FILENAME = "<your code>"
MAX_CLASSES = 40
MAX_INSTANCES = 40
MAX_ATTRIBUTES = 30
HIDDEN = {"__module__", "__dict__", "__weakref__", "__doc__", "__qualname__", "__abstractmethods__", "_abc_impl",
          "__firstlineno__", "__static_attributes__", "__annotations__", "__annotate__", "__annotate_func__",
          "__annotations_cache__", "__orig_bases__", "__parameters__", "__slots__", "__classdictcell__"}
MANGLED = re.compile(r"^_([A-Za-z0-9]\w*?)__(\w+)$")

_short = reprlib.Repr()
_short.maxstring = 48
_short.maxother = 48
_short.maxlist = 5
_short.maxdict = 4
_short.maxlevel = 2


# The page's sentences by name (sections run-… of lessons/python/text.md in the page's language), sent with every
# run; a sentence missing from them is written as its name.
TEXT = {}


def _t(key, **values):
    text = TEXT.get(key, key)
    for name, value in values.items():
        text = text.replace("{{" + name + "}}", str(value))
    return text


def _no_system(command=None):
    print(_t("no-system"), file=sys.stderr)
    return -1


os.system = _no_system


class NoTypedInput(Exception):
    """Raised by input(): a program running in the page's worker has no keyboard to read from."""


def _no_input(prompt=""):
    if prompt:
        print(prompt, end="")
    raise NoTypedInput(_t("no-input"))


builtins.input = _no_input


def _value(v):
    try:
        return _short.repr(v)
    except BaseException as e:  # a learner's __repr__ may fail
        return "<repr failed: " + type(e).__name__ + ">"


def _is_user_class(c):
    return isinstance(c, type) and getattr(c, "__module__", None) == "__main__"


def _error(e, skip_frames):
    tb = e.__traceback__
    for _ in range(skip_frames):
        if tb is not None:
            tb = tb.tb_next
    if isinstance(e, SyntaxError) and e.filename == FILENAME:
        line = e.lineno
        text = "".join(traceback.format_exception_only(type(e), e))
    else:
        frames = [f for f in traceback.extract_tb(tb) if f.filename == FILENAME]
        line = frames[-1].lineno if frames else None
        text = "".join(traceback.format_exception(type(e), e, tb))
    if isinstance(e, NoTypedInput):
        # One plain sentence instead of a traceback: the learner's code is not wrong, the page has no keyboard.
        return {"type": None, "message": _t("no-input"), "line": line, "traceback": ""}
    message = str(e) if not isinstance(e, SyntaxError) else (e.msg or "")
    return {"type": type(e).__name__, "message": message, "line": line, "traceback": text}


def _member(name, raw):
    if isinstance(raw, property):
        return {"name": name, "kind": "property", "setter": raw.fset is not None,
                "abstract": bool(getattr(raw, "__isabstractmethod__", False))}
    if isinstance(raw, staticmethod):
        return {"name": name, "kind": "staticmethod", "abstract": bool(getattr(raw, "__isabstractmethod__", False))}
    if isinstance(raw, classmethod):
        return {"name": name, "kind": "classmethod", "abstract": bool(getattr(raw, "__isabstractmethod__", False))}
    if inspect.isfunction(raw):
        try:
            params = str(inspect.signature(raw))
        except (TypeError, ValueError):
            params = "(...)"
        return {"name": name, "kind": "method", "signature": params,
                "abstract": bool(getattr(raw, "__isabstractmethod__", False))}
    return None


def _privacy(name, owners):
    m = MANGLED.match(name)
    if m and not name.endswith("__") and m.group(1) in owners:
        return {"private": "mangled", "written": "__" + m.group(2), "owner": m.group(1)}
    if name.startswith("_") and not name.startswith("__"):
        return {"private": "convention"}
    return {}


def _describe_class(c, key_of):
    d = {"key": key_of(c), "name": c.__name__, "user": _is_user_class(c),
         "bases": [key_of(b) for b in c.__bases__], "mro": [b.__name__ for b in c.__mro__]}
    if not d["user"]:
        d["module"] = c.__module__
        return d
    d["abstract"] = bool(inspect.isabstract(c))
    d["abstractMethods"] = sorted(getattr(c, "__abstractmethods__", ()))
    owners = {k.__name__.lstrip("_") for k in c.__mro__}
    attributes, members = [], []
    for name, raw in list(vars(c).items()):
        if name in HIDDEN:
            continue
        member = _member(name, raw)
        if member is not None:
            members.append(member)
        elif not (name.startswith("__") and name.endswith("__")):
            a = {"name": name, "value": _value(raw)}
            a.update(_privacy(name, owners))
            attributes.append(a)
    d["attributes"] = attributes[:MAX_ATTRIBUTES]
    d["members"] = members[:MAX_ATTRIBUTES]
    return d


def snapshot(ns):
    classes, order, instances, by_id = {}, [], [], {}
    truncated = False

    def key_of(c):
        return c.__qualname__ + "@" + format(id(c), "x")

    def add_class(c):
        nonlocal truncated
        for k in reversed(c.__mro__):
            if id(k) not in classes:
                if len(order) >= MAX_CLASSES:
                    truncated = True
                    return
                classes[id(k)] = k
                order.append(k)

    def add_instance(name, v):
        nonlocal truncated
        if id(v) in by_id:
            by_id[id(v)]["names"].append(name)
            return
        if len(instances) >= MAX_INSTANCES:
            truncated = True
            return
        add_class(type(v))
        owners = {k.__name__.lstrip("_") for k in type(v).__mro__}
        attributes = []
        for attr, val in list(getattr(v, "__dict__", {}).items())[:MAX_ATTRIBUTES]:
            a = {"name": attr, "value": _value(val)}
            a.update(_privacy(attr, owners))
            attributes.append(a)
        item = {"names": [name], "class": key_of(type(v)), "className": type(v).__name__, "attributes": attributes}
        by_id[id(v)] = item
        instances.append(item)

    for name, v in list(ns.items()):
        if name.startswith("__"):
            continue
        if _is_user_class(v):
            add_class(v)
        elif _is_user_class(type(v)):
            add_instance(name, v)
        elif isinstance(v, (list, tuple)):
            for i, item in enumerate(v[:MAX_INSTANCES]):
                if _is_user_class(type(item)):
                    add_instance(name + "[" + str(i) + "]", item)
        elif isinstance(v, dict):
            for k, item in list(v.items())[:MAX_INSTANCES]:
                if _is_user_class(type(item)):
                    add_instance(name + "[" + repr(k) + "]", item)
    return {"classes": [_describe_class(c, key_of) for c in order], "instances": instances, "truncated": truncated}


def run(code, check, text="{}"):
    """Runs `code` as a fresh __main__ module, then `check` (if any) in the same namespace; returns JSON. `text`:
    the page's sentences by name, as JSON."""
    TEXT.clear()
    TEXT.update(json.loads(text))
    result = {"error": None, "snapshot": None, "check": None}
    linecache.cache[FILENAME] = (len(code), None, code.splitlines(True), FILENAME)
    ns = {"__name__": "__main__", "__builtins__": __builtins__}
    try:
        compiled = compile(code, FILENAME, "exec")
    except (SyntaxError, ValueError) as e:
        if isinstance(e, SyntaxError):
            e.filename = FILENAME
        result["error"] = _error(e, 0)
        if check:
            result["check"] = {"passed": False, "message": _t("check-unreadable")}
        return json.dumps(result)
    try:
        exec(compiled, ns)
    except BaseException as e:
        result["error"] = _error(e, 1)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    try:
        result["snapshot"] = snapshot(ns)
    except BaseException as e:
        result["snapshot"] = {"classes": [], "instances": [], "truncated": False,
                              "problem": _t("objects-problem", error=type(e).__name__)}
    if check:
        if result["error"] is not None:
            stopped = result["error"]["type"]
            result["check"] = {"passed": False, "message": _t("check-stopped", error=stopped) if stopped
                               else _t("check-stopped-input")}
        else:
            result["check"] = _check(check, ns)
    return json.dumps(result)


def _check(check, ns):
    quiet = io.StringIO()
    try:
        with redirect_stdout(quiet), redirect_stderr(quiet):
            exec(compile(check, "<check>", "exec"), dict(ns))
        return {"passed": True, "message": None}
    except AssertionError as e:
        return {"passed": False, "message": str(e) or _t("check-failed")}
    except BaseException as e:
        return {"passed": False, "message": _t("check-crashed", error=type(e).__name__ + ": " + str(e))}
