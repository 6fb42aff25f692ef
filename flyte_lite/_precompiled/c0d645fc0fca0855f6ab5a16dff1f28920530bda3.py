# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['download_mode']
        try:
            if v:
                if v.__class__ is not E_download_mode and v.__class__ is not int: v = _want_int(v, 'enum')
                x = N_download_mode.get(v)
                if x is None: x = _enum_unknown(v)
                out['downloadMode'] = x
            else:
                if v.__class__ is not E_download_mode and v.__class__ is not int:
                    _want_int(v, 'enum')
        except JSONError as exc:
            exc._enter('.downloadMode')
            raise
        v = a['upload_mode']
        try:
            if v:
                if v.__class__ is not E_upload_mode and v.__class__ is not int: v = _want_int(v, 'enum')
                x = N_upload_mode.get(v)
                if x is None: x = _enum_unknown(v)
                out['uploadMode'] = x
            else:
                if v.__class__ is not E_upload_mode and v.__class__ is not int:
                    _want_int(v, 'enum')
        except JSONError as exc:
            exc._enter('.uploadMode')
            raise
        return out
