"""Views over messages, by their field declarations: readable text (:mod:`.pretty`),
field-level differences (:mod:`.changes`), tree walks (:mod:`.messages`, and over a
workflow's nodes :mod:`.workflows`); plain data through cattrs is
:mod:`flyte_lite.converter`. Views know messages, never entities."""
