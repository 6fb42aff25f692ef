# mypy: ignore-errors
# ruff: noqa
def run():
    global dump
    def dump(m):
        a = m.__dict__
        out = {}
        v = a['image']
        try:
            if v.__class__ is not str: v = _want_str(v)
            if v:
                x = v if v.__class__ is str else _want_str(v)
                out['image'] = x
        except JSONError as exc:
            exc._enter('.image')
            raise
        v = a['command']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        x = e if e.__class__ is str else _want_str(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['command'] = lst
        except JSONError as exc:
            exc._enter('.command')
            raise
        v = a['args']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        x = e if e.__class__ is str else _want_str(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['args'] = lst
        except JSONError as exc:
            exc._enter('.args')
            raise
        v = a['resources']
        try:
            if v is not None:
                if v.__class__ is not C_resources: v = _want_message(v, C_resources)
                x = dump_resources(v)
                out['resources'] = x
        except JSONError as exc:
            exc._enter('.resources')
            raise
        v = a['env']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        if e.__class__ is not C_env: e = _want_message(e, C_env)
                        x = dump_env(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['env'] = lst
        except JSONError as exc:
            exc._enter('.env')
            raise
        v = a['config']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        if e.__class__ is not C_config: e = _want_message(e, C_config)
                        x = dump_config(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['config'] = lst
        except JSONError as exc:
            exc._enter('.config')
            raise
        v = a['ports']
        try:
            if v.__class__ is not FL and v.__class__ is not list: v = _want_list(v)
            if v:
                lst = []
                try:
                    for e in v:
                        if e.__class__ is not C_ports: e = _want_message(e, C_ports)
                        x = dump_ports(e)
                        lst.append(x)
                except JSONError as exc:
                    exc._enter('[%d]' % len(lst))
                    raise
                out['ports'] = lst
        except JSONError as exc:
            exc._enter('.ports')
            raise
        v = a['data_config']
        try:
            if v is not None:
                if v.__class__ is not C_data_config: v = _want_message(v, C_data_config)
                x = dump_data_config(v)
                out['dataConfig'] = x
        except JSONError as exc:
            exc._enter('.dataConfig')
            raise
        v = a['architecture']
        try:
            if v:
                if v.__class__ is not E_architecture and v.__class__ is not int: v = _want_int(v, 'enum')
                x = N_architecture.get(v)
                if x is None: x = _enum_unknown(v)
                out['architecture'] = x
            else:
                if v.__class__ is not E_architecture and v.__class__ is not int:
                    _want_int(v, 'enum')
        except JSONError as exc:
            exc._enter('.architecture')
            raise
        return out
