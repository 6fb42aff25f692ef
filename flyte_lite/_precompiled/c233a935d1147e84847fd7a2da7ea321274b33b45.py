# mypy: ignore-errors
# ruff: noqa
def run():
    global load
    def load(js, depth, base):
        if depth >= MAX_DEPTH:
            _too_deep()
        if js is None:
            _fail('a google.protobuf.BoolValue cannot be null here')
        if js.__class__ is not bool: _bool_in(js)
        x = js
        return x
