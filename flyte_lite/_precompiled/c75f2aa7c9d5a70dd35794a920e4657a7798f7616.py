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
            f_image = ''
            f_command = EMPTY_LIST
            f_args = EMPTY_LIST
            f_resources = None
            f_env = EMPTY_LIST
            f_config = EMPTY_LIST
            f_ports = EMPTY_LIST
            f_data_config = None
            f_architecture = D_architecture
        else:
            f_image = base.image
            f_command = base.command
            f_args = base.args
            f_resources = base.resources
            f_env = base.env
            f_config = base.config
            f_ports = base.ports
            f_data_config = base.data_config
            f_architecture = base.architecture
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
                        f_image = ''
                    else:
                        if v.__class__ is not str: v = _str_in(v)
                        f_image = v
                elif i == 1:
                    if v is None:
                        f_command = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                if e.__class__ is not str: e = _str_in(e)
                                x = e
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_command = lst
                elif i == 2:
                    if v is None:
                        f_args = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                if e.__class__ is not str: e = _str_in(e)
                                x = e
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_args = lst
                elif i == 3:
                    if v is None:
                        f_resources = None
                    else:
                        f_resources = load_resources(v, depth, f_resources)
                elif i == 4:
                    if v is None:
                        f_env = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                x = load_env(e, depth, None)
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_env = lst
                elif i == 5:
                    if v is None:
                        f_config = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                x = load_config(e, depth, None)
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_config = lst
                elif i == 6:
                    if v is None:
                        f_ports = EMPTY_LIST
                    else:
                        if v.__class__ is not list: v = _list_in(v)
                        lst = FL()
                        try:
                            for i, e in enumerate(v):
                                if e is None: _null_item()
                                x = load_ports(e, depth, None)
                                _append(lst, x)
                        except JSONError as exc:
                            exc._enter('[%d]' % i)
                            raise
                        f_ports = lst
                elif i == 7:
                    if v is None:
                        f_data_config = None
                    else:
                        f_data_config = load_data_config(v, depth, f_data_config)
                elif i == 8:
                    if v is None:
                        f_architecture = D_architecture
                    else:
                        n = BN_architecture.get(v) if v.__class__ is str else None
                        if n is None: n = _enum_in(v, BN_architecture, BV_architecture, EN_architecture, EXACT)
                        f_architecture = n
            except JSONError as exc:
                exc._enter(_key_segment(k))
                raise
        obj = _new(C)
        SET_DICT(obj, {'_unknown_fields': b'', 'image': f_image, 'command': f_command, 'args': f_args, 'resources': f_resources, 'env': f_env, 'config': f_config, 'ports': f_ports, 'data_config': f_data_config, 'architecture': f_architecture})
        return obj
