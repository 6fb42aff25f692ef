# mypy: ignore-errors
# ruff: noqa
def run():
    global load
    def load(js, depth, base):
        if js.__class__ is not dict:
            js = _as_object(js, C, IDX, IGNORE)
        depth += 1
        if depth > MAX_DEPTH:
            _too_deep()
        if base is None:
            f_download_mode = D_download_mode
            f_upload_mode = D_upload_mode
        else:
            f_download_mode = base.download_mode
            f_upload_mode = base.upload_mode
        for k, v in js.items():
            i = IDX.get(k)
            if i is None:
                try:
                    i = _unknown(k, C, IGNORE)
                except JSONError as exc:
                    exc._enter(_key_segment(k))
                    raise
                if i is None:
                    continue
            try:
                if i == 0:
                    if v is None:
                        f_download_mode = D_download_mode
                    else:
                        n = BN_download_mode.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_download_mode, BV_download_mode, EN_download_mode, EXACT)
                        f_download_mode = n
                elif i == 1:
                    if v is None:
                        f_upload_mode = D_upload_mode
                    else:
                        n = BN_upload_mode.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_upload_mode, BV_upload_mode, EN_upload_mode, EXACT)
                        f_upload_mode = n
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'download_mode': f_download_mode, 'upload_mode': f_upload_mode})
        return obj
