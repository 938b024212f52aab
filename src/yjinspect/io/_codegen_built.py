"""The fast structuring functions of the built-in document kinds, compiled ahead of time.

Written by ``python tools/build_structure_code.py`` from what :mod:`yjinspect.io._hooks`
generates (see :mod:`yjinspect.io._codegen`); do not edit. ``CODE`` maps each function's source
to its code.
"""
# mypy: ignore-errors

# Compiled as yjinspect.io._codegen compiles what is not shipped: with this future import.
from __future__ import annotations

from types import CodeType

CODE: dict[str, CodeType] = {}


# <yjinspect fast structure Action>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o['id']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_id(self, v)
    v = o['text']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_text(self, v)
    v = o.get('theme', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_theme
    __s_theme(self, v)
    v = o.get('owner', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_owner
    __s_owner(self, v)
    v = o.get('agency', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_agency
    __s_agency(self, v)
    v = o.get('due', __absent)
    if v is not __absent:
        v = None if v is None else __h_due(v, __t_due)
        if v.__class__ not in __p_due:
            v = __c_due(v)
    else:
        v = __d_due
    __s_due(self, v)
    v = o.get('revisions', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        v = tuple([__i_revisions(x, __j_revisions) for x in v])
    else:
        v = __d_revisions
    __s_revisions(self, v)
    v = o.get('covers', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        for x in v:
            if not isinstance(x, str):
                raise TypeError
        v = tuple(v)
    else:
        v = __d_covers
    __s_covers(self, v)
    v = o.get('measure', __absent)
    if v is not __absent:
        v = None if v is None else __h_measure(v, __t_measure)
    else:
        v = __d_measure
    __s_measure(self, v)
    v = o.get('completed', __absent)
    if v is not __absent:
        v = None if v is None else __h_completed(v, __t_completed)
        if v.__class__ not in __p_completed:
            v = __c_completed(v)
    else:
        v = __d_completed
    __s_completed(self, v)
    v = o.get('status', __absent)
    if v is not __absent:
        v = __m_status[v]
    else:
        v = __d_status(self)
        if v.__class__ not in __p_status:
            v = __c_status(v)
    __s_status(self, v)
    v = o.get('updates', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        v = tuple([__i_updates(x, __j_updates) for x in v])
    else:
        v = __d_updates
    __s_updates(self, v)
    v = o.get('illustrative', __absent)
    if v is not __absent:
        v = __h_illustrative(v, __t_illustrative)
    else:
        v = __d_illustrative
    __s_illustrative(self, v)
    v = o.get('notes', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_notes
    __s_notes(self, v)
    if __config._run_validators is True:
        __v_id(self, __a_id, self.id)
        __v_text(self, __a_text, self.text)
    self.__attrs_post_init__()
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o['id']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_id(self, v)\n    v = o['text']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_text(self, v)\n    v = o.get('theme', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_theme\n    __s_theme(self, v)\n    v = o.get('owner', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_owner\n    __s_owner(self, v)\n    v = o.get('agency', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_agency\n    __s_agency(self, v)\n    v = o.get('due', __absent)\n    if v is not __absent:\n        v = None if v is None else __h_due(v, __t_due)\n        if v.__class__ not in __p_due:\n            v = __c_due(v)\n    else:\n        v = __d_due\n    __s_due(self, v)\n    v = o.get('revisions', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        v = tuple([__i_revisions(x, __j_revisions) for x in v])\n    else:\n        v = __d_revisions\n    __s_revisions(self, v)\n    v = o.get('covers', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        for x in v:\n            if not isinstance(x, str):\n                raise TypeError\n        v = tuple(v)\n    else:\n        v = __d_covers\n    __s_covers(self, v)\n    v = o.get('measure', __absent)\n    if v is not __absent:\n        v = None if v is None else __h_measure(v, __t_measure)\n    else:\n        v = __d_measure\n    __s_measure(self, v)\n    v = o.get('completed', __absent)\n    if v is not __absent:\n        v = None if v is None else __h_completed(v, __t_completed)\n        if v.__class__ not in __p_completed:\n            v = __c_completed(v)\n    else:\n        v = __d_completed\n    __s_completed(self, v)\n    v = o.get('status', __absent)\n    if v is not __absent:\n        v = __m_status[v]\n    else:\n        v = __d_status(self)\n        if v.__class__ not in __p_status:\n            v = __c_status(v)\n    __s_status(self, v)\n    v = o.get('updates', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        v = tuple([__i_updates(x, __j_updates) for x in v])\n    else:\n        v = __d_updates\n    __s_updates(self, v)\n    v = o.get('illustrative', __absent)\n    if v is not __absent:\n        v = __h_illustrative(v, __t_illustrative)\n    else:\n        v = __d_illustrative\n    __s_illustrative(self, v)\n    v = o.get('notes', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_notes\n    __s_notes(self, v)\n    if __config._run_validators is True:\n        __v_id(self, __a_id, self.id)\n        __v_text(self, __a_text, self.text)\n    self.__attrs_post_init__()\n    return self"] = structure.__code__


# <yjinspect fast structure Area>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o['code']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_code(self, v)
    v = o['title']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_title(self, v)
    v = o['kind']
    v = __m_kind[v]
    __s_kind(self, v)
    v = o.get('parent', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_parent
    __s_parent(self, v)
    v = o.get('rated', __absent)
    if v is not __absent:
        v = __h_rated(v, __t_rated)
    else:
        v = __d_rated(self)
    __s_rated(self, v)
    v = o.get('scored', __absent)
    if v is not __absent:
        v = __h_scored(v, __t_scored)
    else:
        v = __d_scored
    __s_scored(self, v)
    v = o.get('computed', __absent)
    if v is not __absent:
        v = __h_computed(v, __t_computed)
    else:
        v = __d_computed
    __s_computed(self, v)
    v = o.get('percentage', __absent)
    if v is not __absent:
        v = __h_percentage(v, __t_percentage)
    else:
        v = __d_percentage
    __s_percentage(self, v)
    v = o.get('description', __absent)
    if v is not __absent:
        if not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_description
    __s_description(self, v)
    v = o.get('source', __absent)
    if v is not __absent:
        if not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_source
    __s_source(self, v)
    v = o.get('confidence', __absent)
    if v is not __absent:
        v = __m_confidence[v]
    else:
        v = __d_confidence
    __s_confidence(self, v)
    v = o.get('aliases', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        for x in v:
            if not isinstance(x, str):
                raise TypeError
        v = tuple(v)
    else:
        v = __d_aliases
    __s_aliases(self, v)
    if __config._run_validators is True:
        __v_code(self, __a_code, self.code)
        __v_title(self, __a_title, self.title)
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o['code']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_code(self, v)\n    v = o['title']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_title(self, v)\n    v = o['kind']\n    v = __m_kind[v]\n    __s_kind(self, v)\n    v = o.get('parent', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_parent\n    __s_parent(self, v)\n    v = o.get('rated', __absent)\n    if v is not __absent:\n        v = __h_rated(v, __t_rated)\n    else:\n        v = __d_rated(self)\n    __s_rated(self, v)\n    v = o.get('scored', __absent)\n    if v is not __absent:\n        v = __h_scored(v, __t_scored)\n    else:\n        v = __d_scored\n    __s_scored(self, v)\n    v = o.get('computed', __absent)\n    if v is not __absent:\n        v = __h_computed(v, __t_computed)\n    else:\n        v = __d_computed\n    __s_computed(self, v)\n    v = o.get('percentage', __absent)\n    if v is not __absent:\n        v = __h_percentage(v, __t_percentage)\n    else:\n        v = __d_percentage\n    __s_percentage(self, v)\n    v = o.get('description', __absent)\n    if v is not __absent:\n        if not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_description\n    __s_description(self, v)\n    v = o.get('source', __absent)\n    if v is not __absent:\n        if not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_source\n    __s_source(self, v)\n    v = o.get('confidence', __absent)\n    if v is not __absent:\n        v = __m_confidence[v]\n    else:\n        v = __d_confidence\n    __s_confidence(self, v)\n    v = o.get('aliases', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        for x in v:\n            if not isinstance(x, str):\n                raise TypeError\n        v = tuple(v)\n    else:\n        v = __d_aliases\n    __s_aliases(self, v)\n    if __config._run_validators is True:\n        __v_code(self, __a_code, self.code)\n        __v_title(self, __a_title, self.title)\n    return self"] = structure.__code__


# <yjinspect fast structure Band>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o['minimum']
    v = (v if v.__class__ is int else __h_minimum(v, __t_minimum))
    __s_minimum(self, v)
    v = o['maximum']
    v = (v if v.__class__ is int else __h_maximum(v, __t_maximum))
    __s_maximum(self, v)
    v = o['level']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_level(self, v)
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o['minimum']\n    v = (v if v.__class__ is int else __h_minimum(v, __t_minimum))\n    __s_minimum(self, v)\n    v = o['maximum']\n    v = (v if v.__class__ is int else __h_maximum(v, __t_maximum))\n    __s_maximum(self, v)\n    v = o['level']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_level(self, v)\n    return self"] = structure.__code__


# <yjinspect fast structure Corpus>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o.get('inspections', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        v = tuple([__i_inspections(x, __j_inspections) for x in v])
    else:
        v = __d_inspections
    __s_inspections(self, v)
    v = o.get('plans', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        v = tuple([__i_plans(x, __j_plans) for x in v])
    else:
        v = __d_plans
    __s_plans(self, v)
    v = o.get('title', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_title
    __s_title(self, v)
    v = o.get('notes', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_notes
    __s_notes(self, v)
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o.get('inspections', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        v = tuple([__i_inspections(x, __j_inspections) for x in v])\n    else:\n        v = __d_inspections\n    __s_inspections(self, v)\n    v = o.get('plans', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        v = tuple([__i_plans(x, __j_plans) for x in v])\n    else:\n        v = __d_plans\n    __s_plans(self, v)\n    v = o.get('title', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_title\n    __s_title(self, v)\n    v = o.get('notes', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_notes\n    __s_notes(self, v)\n    return self"] = structure.__code__


# <yjinspect fast structure Crosswalk>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o['code']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_code(self, v)
    v = o['title']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_title(self, v)
    v = o['from_framework']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_from_framework(self, v)
    v = o['to_framework']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_to_framework(self, v)
    v = o.get('links', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        v = tuple([__i_links(x, __j_links) for x in v])
    else:
        v = __d_links
    __s_links(self, v)
    v = o.get('unmatched_from', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        v = tuple([__i_unmatched_from(x, __j_unmatched_from) for x in v])
    else:
        v = __d_unmatched_from
    __s_unmatched_from(self, v)
    v = o.get('unmatched_to', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        v = tuple([__i_unmatched_to(x, __j_unmatched_to) for x in v])
    else:
        v = __d_unmatched_to
    __s_unmatched_to(self, v)
    v = o.get('bidirectional', __absent)
    if v is not __absent:
        v = __h_bidirectional(v, __t_bidirectional)
    else:
        v = __d_bidirectional
    __s_bidirectional(self, v)
    v = o.get('description', __absent)
    if v is not __absent:
        if not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_description
    __s_description(self, v)
    v = o.get('source', __absent)
    if v is not __absent:
        if not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_source
    __s_source(self, v)
    v = o.get('confidence', __absent)
    if v is not __absent:
        v = __m_confidence[v]
    else:
        v = __d_confidence
    __s_confidence(self, v)
    if __config._run_validators is True:
        __v_code(self, __a_code, self.code)
        __v_from_framework(self, __a_from_framework, self.from_framework)
        __v_to_framework(self, __a_to_framework, self.to_framework)
    self.__attrs_post_init__()
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o['code']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_code(self, v)\n    v = o['title']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_title(self, v)\n    v = o['from_framework']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_from_framework(self, v)\n    v = o['to_framework']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_to_framework(self, v)\n    v = o.get('links', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        v = tuple([__i_links(x, __j_links) for x in v])\n    else:\n        v = __d_links\n    __s_links(self, v)\n    v = o.get('unmatched_from', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        v = tuple([__i_unmatched_from(x, __j_unmatched_from) for x in v])\n    else:\n        v = __d_unmatched_from\n    __s_unmatched_from(self, v)\n    v = o.get('unmatched_to', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        v = tuple([__i_unmatched_to(x, __j_unmatched_to) for x in v])\n    else:\n        v = __d_unmatched_to\n    __s_unmatched_to(self, v)\n    v = o.get('bidirectional', __absent)\n    if v is not __absent:\n        v = __h_bidirectional(v, __t_bidirectional)\n    else:\n        v = __d_bidirectional\n    __s_bidirectional(self, v)\n    v = o.get('description', __absent)\n    if v is not __absent:\n        if not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_description\n    __s_description(self, v)\n    v = o.get('source', __absent)\n    if v is not __absent:\n        if not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_source\n    __s_source(self, v)\n    v = o.get('confidence', __absent)\n    if v is not __absent:\n        v = __m_confidence[v]\n    else:\n        v = __d_confidence\n    __s_confidence(self, v)\n    if __config._run_validators is True:\n        __v_code(self, __a_code, self.code)\n        __v_from_framework(self, __a_from_framework, self.from_framework)\n        __v_to_framework(self, __a_to_framework, self.to_framework)\n    self.__attrs_post_init__()\n    return self"] = structure.__code__


# <yjinspect fast structure Disagreement>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o['field']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_field(self, v)
    v = o['value']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_value(self, v)
    v = o['source']
    v = __h_source(v, __t_source)
    __s_source(self, v)
    v = o.get('note', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_note
    __s_note(self, v)
    if __config._run_validators is True:
        __v_field(self, __a_field, self.field)
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o['field']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_field(self, v)\n    v = o['value']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_value(self, v)\n    v = o['source']\n    v = __h_source(v, __t_source)\n    __s_source(self, v)\n    v = o.get('note', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_note\n    __s_note(self, v)\n    if __config._run_validators is True:\n        __v_field(self, __a_field, self.field)\n    return self"] = structure.__code__


# <yjinspect fast structure DueRevision>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o['due']
    v = __h_due(v, __t_due)
    if v.__class__ not in __p_due:
        v = __c_due(v)
    __s_due(self, v)
    v = o.get('on', __absent)
    if v is not __absent:
        v = None if v is None else __h_on(v, __t_on)
        if v.__class__ not in __p_on:
            v = __c_on(v)
    else:
        v = __d_on
    __s_on(self, v)
    v = o.get('by', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_by
    __s_by(self, v)
    v = o.get('reason', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_reason
    __s_reason(self, v)
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o['due']\n    v = __h_due(v, __t_due)\n    if v.__class__ not in __p_due:\n        v = __c_due(v)\n    __s_due(self, v)\n    v = o.get('on', __absent)\n    if v is not __absent:\n        v = None if v is None else __h_on(v, __t_on)\n        if v.__class__ not in __p_on:\n            v = __c_on(v)\n    else:\n        v = __d_on\n    __s_on(self, v)\n    v = o.get('by', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_by\n    __s_by(self, v)\n    v = o.get('reason', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_reason\n    __s_reason(self, v)\n    return self"] = structure.__code__


# <yjinspect fast structure Finding>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o['id']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_id(self, v)
    v = o['kind']
    v = __m_kind[v]
    __s_kind(self, v)
    v = o['text']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_text(self, v)
    v = o.get('areas', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        for x in v:
            if not isinstance(x, str):
                raise TypeError
        v = tuple(v)
    else:
        v = __d_areas
    __s_areas(self, v)
    v = o.get('source', __absent)
    if v is not __absent:
        v = None if v is None else __h_source(v, __t_source)
    else:
        v = __d_source
    __s_source(self, v)
    if __config._run_validators is True:
        __v_id(self, __a_id, self.id)
        __v_text(self, __a_text, self.text)
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o['id']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_id(self, v)\n    v = o['kind']\n    v = __m_kind[v]\n    __s_kind(self, v)\n    v = o['text']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_text(self, v)\n    v = o.get('areas', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        for x in v:\n            if not isinstance(x, str):\n                raise TypeError\n        v = tuple(v)\n    else:\n        v = __d_areas\n    __s_areas(self, v)\n    v = o.get('source', __absent)\n    if v is not __absent:\n        v = None if v is None else __h_source(v, __t_source)\n    else:\n        v = __d_source\n    __s_source(self, v)\n    if __config._run_validators is True:\n        __v_id(self, __a_id, self.id)\n        __v_text(self, __a_text, self.text)\n    return self"] = structure.__code__


# <yjinspect fast structure FrameworkVersion>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o['code']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_code(self, v)
    v = o['title']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_title(self, v)
    v = o['areas']
    if not isinstance(v, (list, tuple)):
        raise TypeError('wrong type')
    for x in v:
        if not isinstance(x, str):
            raise TypeError
    v = tuple(v)
    __s_areas(self, v)
    v = o.get('valid_from', __absent)
    if v is not __absent:
        v = __h_valid_from(v, __t_valid_from)
    else:
        v = __d_valid_from
    __s_valid_from(self, v)
    v = o.get('valid_to', __absent)
    if v is not __absent:
        v = __h_valid_to(v, __t_valid_to)
    else:
        v = __d_valid_to
    __s_valid_to(self, v)
    v = o.get('source', __absent)
    if v is not __absent:
        if not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_source
    __s_source(self, v)
    v = o.get('confidence', __absent)
    if v is not __absent:
        v = __m_confidence[v]
    else:
        v = __d_confidence
    __s_confidence(self, v)
    v = o.get('description', __absent)
    if v is not __absent:
        if not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_description
    __s_description(self, v)
    if __config._run_validators is True:
        __v_code(self, __a_code, self.code)
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o['code']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_code(self, v)\n    v = o['title']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_title(self, v)\n    v = o['areas']\n    if not isinstance(v, (list, tuple)):\n        raise TypeError('wrong type')\n    for x in v:\n        if not isinstance(x, str):\n            raise TypeError\n    v = tuple(v)\n    __s_areas(self, v)\n    v = o.get('valid_from', __absent)\n    if v is not __absent:\n        v = __h_valid_from(v, __t_valid_from)\n    else:\n        v = __d_valid_from\n    __s_valid_from(self, v)\n    v = o.get('valid_to', __absent)\n    if v is not __absent:\n        v = __h_valid_to(v, __t_valid_to)\n    else:\n        v = __d_valid_to\n    __s_valid_to(self, v)\n    v = o.get('source', __absent)\n    if v is not __absent:\n        if not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_source\n    __s_source(self, v)\n    v = o.get('confidence', __absent)\n    if v is not __absent:\n        v = __m_confidence[v]\n    else:\n        v = __d_confidence\n    __s_confidence(self, v)\n    v = o.get('description', __absent)\n    if v is not __absent:\n        if not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_description\n    __s_description(self, v)\n    if __config._run_validators is True:\n        __v_code(self, __a_code, self.code)\n    return self"] = structure.__code__


# <yjinspect fast structure ImprovementPlan>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o['id']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_id(self, v)
    v = o['inspection']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_inspection(self, v)
    v = o['title']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_title(self, v)
    v = o.get('board', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_board
    __s_board(self, v)
    v = o.get('chair', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_chair
    __s_chair(self, v)
    v = o.get('submitted', __absent)
    if v is not __absent:
        v = None if v is None else __h_submitted(v, __t_submitted)
        if v.__class__ not in __p_submitted:
            v = __c_submitted(v)
    else:
        v = __d_submitted
    __s_submitted(self, v)
    v = o.get('submit_by', __absent)
    if v is not __absent:
        v = None if v is None else __h_submit_by(v, __t_submit_by)
        if v.__class__ not in __p_submit_by:
            v = __c_submit_by(v)
    else:
        v = __d_submit_by
    __s_submit_by(self, v)
    v = o.get('approved', __absent)
    if v is not __absent:
        v = None if v is None else __h_approved(v, __t_approved)
        if v.__class__ not in __p_approved:
            v = __c_approved(v)
    else:
        v = __d_approved
    __s_approved(self, v)
    v = o.get('review_cadence', __absent)
    if v is not __absent:
        v = None if v is None else __h_review_cadence(v, __t_review_cadence)
    else:
        v = __d_review_cadence
    __s_review_cadence(self, v)
    v = o.get('reviewed_by', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_reviewed_by
    __s_reviewed_by(self, v)
    v = o.get('themes', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        v = tuple([__i_themes(x, __j_themes) for x in v])
    else:
        v = __d_themes
    __s_themes(self, v)
    v = o.get('responses', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        v = tuple([__i_responses(x, __j_responses) for x in v])
    else:
        v = __d_responses
    __s_responses(self, v)
    v = o.get('actions', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        v = tuple([__i_actions(x, __j_actions) for x in v])
    else:
        v = __d_actions
    __s_actions(self, v)
    v = o.get('milestones', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        v = tuple([__i_milestones(x, __j_milestones) for x in v])
    else:
        v = __d_milestones
    __s_milestones(self, v)
    v = o.get('sources', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        v = tuple([__i_sources(x, __j_sources) for x in v])
    else:
        v = __d_sources
    __s_sources(self, v)
    v = o.get('notes', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_notes
    __s_notes(self, v)
    if __config._run_validators is True:
        __v_id(self, __a_id, self.id)
        __v_inspection(self, __a_inspection, self.inspection)
        __v_title(self, __a_title, self.title)
    self.__attrs_post_init__()
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o['id']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_id(self, v)\n    v = o['inspection']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_inspection(self, v)\n    v = o['title']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_title(self, v)\n    v = o.get('board', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_board\n    __s_board(self, v)\n    v = o.get('chair', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_chair\n    __s_chair(self, v)\n    v = o.get('submitted', __absent)\n    if v is not __absent:\n        v = None if v is None else __h_submitted(v, __t_submitted)\n        if v.__class__ not in __p_submitted:\n            v = __c_submitted(v)\n    else:\n        v = __d_submitted\n    __s_submitted(self, v)\n    v = o.get('submit_by', __absent)\n    if v is not __absent:\n        v = None if v is None else __h_submit_by(v, __t_submit_by)\n        if v.__class__ not in __p_submit_by:\n            v = __c_submit_by(v)\n    else:\n        v = __d_submit_by\n    __s_submit_by(self, v)\n    v = o.get('approved', __absent)\n    if v is not __absent:\n        v = None if v is None else __h_approved(v, __t_approved)\n        if v.__class__ not in __p_approved:\n            v = __c_approved(v)\n    else:\n        v = __d_approved\n    __s_approved(self, v)\n    v = o.get('review_cadence', __absent)\n    if v is not __absent:\n        v = None if v is None else __h_review_cadence(v, __t_review_cadence)\n    else:\n        v = __d_review_cadence\n    __s_review_cadence(self, v)\n    v = o.get('reviewed_by', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_reviewed_by\n    __s_reviewed_by(self, v)\n    v = o.get('themes', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        v = tuple([__i_themes(x, __j_themes) for x in v])\n    else:\n        v = __d_themes\n    __s_themes(self, v)\n    v = o.get('responses', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        v = tuple([__i_responses(x, __j_responses) for x in v])\n    else:\n        v = __d_responses\n    __s_responses(self, v)\n    v = o.get('actions', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        v = tuple([__i_actions(x, __j_actions) for x in v])\n    else:\n        v = __d_actions\n    __s_actions(self, v)\n    v = o.get('milestones', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        v = tuple([__i_milestones(x, __j_milestones) for x in v])\n    else:\n        v = __d_milestones\n    __s_milestones(self, v)\n    v = o.get('sources', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        v = tuple([__i_sources(x, __j_sources) for x in v])\n    else:\n        v = __d_sources\n    __s_sources(self, v)\n    v = o.get('notes', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_notes\n    __s_notes(self, v)\n    if __config._run_validators is True:\n        __v_id(self, __a_id, self.id)\n        __v_inspection(self, __a_inspection, self.inspection)\n        __v_title(self, __a_title, self.title)\n    self.__attrs_post_init__()\n    return self"] = structure.__code__


# <yjinspect fast structure Inspection>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o['id']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_id(self, v)
    v = o['service']
    v = __h_service(v, __t_service)
    __s_service(self, v)
    v = o['framework']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_framework(self, v)
    v = o.get('framework_version', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_framework_version
    __s_framework_version(self, v)
    v = o['inspection_kind']
    v = __m_inspection_kind[v]
    __s_inspection_kind(self, v)
    v = o.get('fieldwork', __absent)
    if v is not __absent:
        v = None if v is None else __h_fieldwork(v, __t_fieldwork)
    else:
        v = __d_fieldwork
    __s_fieldwork(self, v)
    v = o.get('fieldwork_start', __absent)
    if v is not __absent:
        v = None if v is None else __h_fieldwork_start(v, __t_fieldwork_start)
        if v.__class__ not in __p_fieldwork_start:
            v = __c_fieldwork_start(v)
    else:
        v = __d_fieldwork_start
    __s_fieldwork_start(self, v)
    v = o.get('published', __absent)
    if v is not __absent:
        v = None if v is None else __h_published(v, __t_published)
        if v.__class__ not in __p_published:
            v = __c_published(v)
    else:
        v = __d_published
    __s_published(self, v)
    v = o.get('lead_inspectorate', __absent)
    if v is not __absent:
        if not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_lead_inspectorate
    __s_lead_inspectorate(self, v)
    v = o.get('partner_inspectorates', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        for x in v:
            if not isinstance(x, str):
                raise TypeError
        v = tuple(v)
    else:
        v = __d_partner_inspectorates
    __s_partner_inspectorates(self, v)
    v = o.get('judgements', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        v = tuple([__i_judgements(x, __j_judgements) for x in v])
    else:
        v = __d_judgements
    __s_judgements(self, v)
    v = o.get('published_overall', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_published_overall
    __s_published_overall(self, v)
    v = o.get('published_score', __absent)
    if v is not __absent:
        v = None if v is None else (v if v.__class__ is int else __h_published_score(v, __t_published_score))
    else:
        v = __d_published_score
    __s_published_score(self, v)
    v = o.get('rating_counts', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        v = tuple([__i_rating_counts(x, __j_rating_counts) for x in v])
    else:
        v = __d_rating_counts
    __s_rating_counts(self, v)
    v = o.get('findings', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        v = tuple([__i_findings(x, __j_findings) for x in v])
    else:
        v = __d_findings
    __s_findings(self, v)
    v = o.get('recommendations', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        v = tuple([__i_recommendations(x, __j_recommendations) for x in v])
    else:
        v = __d_recommendations
    __s_recommendations(self, v)
    v = o.get('sources', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        v = tuple([__i_sources(x, __j_sources) for x in v])
    else:
        v = __d_sources
    __s_sources(self, v)
    v = o.get('notes', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_notes
    __s_notes(self, v)
    v = o.get('disagreements', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        v = tuple([__i_disagreements(x, __j_disagreements) for x in v])
    else:
        v = __d_disagreements
    __s_disagreements(self, v)
    v = o.get('framework_candidates', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        for x in v:
            if not isinstance(x, str):
                raise TypeError
        v = tuple(v)
    else:
        v = __d_framework_candidates
    __s_framework_candidates(self, v)
    if __config._run_validators is True:
        __v_id(self, __a_id, self.id)
        __v_framework(self, __a_framework, self.framework)
        __v_fieldwork(self, __a_fieldwork, self.fieldwork)
    self.__attrs_post_init__()
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o['id']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_id(self, v)\n    v = o['service']\n    v = __h_service(v, __t_service)\n    __s_service(self, v)\n    v = o['framework']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_framework(self, v)\n    v = o.get('framework_version', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_framework_version\n    __s_framework_version(self, v)\n    v = o['inspection_kind']\n    v = __m_inspection_kind[v]\n    __s_inspection_kind(self, v)\n    v = o.get('fieldwork', __absent)\n    if v is not __absent:\n        v = None if v is None else __h_fieldwork(v, __t_fieldwork)\n    else:\n        v = __d_fieldwork\n    __s_fieldwork(self, v)\n    v = o.get('fieldwork_start', __absent)\n    if v is not __absent:\n        v = None if v is None else __h_fieldwork_start(v, __t_fieldwork_start)\n        if v.__class__ not in __p_fieldwork_start:\n            v = __c_fieldwork_start(v)\n    else:\n        v = __d_fieldwork_start\n    __s_fieldwork_start(self, v)\n    v = o.get('published', __absent)\n    if v is not __absent:\n        v = None if v is None else __h_published(v, __t_published)\n        if v.__class__ not in __p_published:\n            v = __c_published(v)\n    else:\n        v = __d_published\n    __s_published(self, v)\n    v = o.get('lead_inspectorate', __absent)\n    if v is not __absent:\n        if not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_lead_inspectorate\n    __s_lead_inspectorate(self, v)\n    v = o.get('partner_inspectorates', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        for x in v:\n            if not isinstance(x, str):\n                raise TypeError\n        v = tuple(v)\n    else:\n        v = __d_partner_inspectorates\n    __s_partner_inspectorates(self, v)\n    v = o.get('judgements', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        v = tuple([__i_judgements(x, __j_judgements) for x in v])\n    else:\n        v = __d_judgements\n    __s_judgements(self, v)\n    v = o.get('published_overall', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_published_overall\n    __s_published_overall(self, v)\n    v = o.get('published_score', __absent)\n    if v is not __absent:\n        v = None if v is None else (v if v.__class__ is int else __h_published_score(v, __t_published_score))\n    else:\n        v = __d_published_score\n    __s_published_score(self, v)\n    v = o.get('rating_counts', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        v = tuple([__i_rating_counts(x, __j_rating_counts) for x in v])\n    else:\n        v = __d_rating_counts\n    __s_rating_counts(self, v)\n    v = o.get('findings', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        v = tuple([__i_findings(x, __j_findings) for x in v])\n    else:\n        v = __d_findings\n    __s_findings(self, v)\n    v = o.get('recommendations', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        v = tuple([__i_recommendations(x, __j_recommendations) for x in v])\n    else:\n        v = __d_recommendations\n    __s_recommendations(self, v)\n    v = o.get('sources', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        v = tuple([__i_sources(x, __j_sources) for x in v])\n    else:\n        v = __d_sources\n    __s_sources(self, v)\n    v = o.get('notes', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_notes\n    __s_notes(self, v)\n    v = o.get('disagreements', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        v = tuple([__i_disagreements(x, __j_disagreements) for x in v])\n    else:\n        v = __d_disagreements\n    __s_disagreements(self, v)\n    v = o.get('framework_candidates', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        for x in v:\n            if not isinstance(x, str):\n                raise TypeError\n        v = tuple(v)\n    else:\n        v = __d_framework_candidates\n    __s_framework_candidates(self, v)\n    if __config._run_validators is True:\n        __v_id(self, __a_id, self.id)\n        __v_framework(self, __a_framework, self.framework)\n        __v_fieldwork(self, __a_fieldwork, self.fieldwork)\n    self.__attrs_post_init__()\n    return self"] = structure.__code__


# <yjinspect fast structure Judgement>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o['area']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_area(self, v)
    v = o.get('rating', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_rating
    __s_rating(self, v)
    v = o.get('status', __absent)
    if v is not __absent:
        v = __m_status[v]
    else:
        v = __d_status(self)
        if v.__class__ not in __p_status:
            v = __c_status(v)
    __s_status(self, v)
    v = o.get('percentage', __absent)
    if v is not __absent:
        v = None if v is None else (v if v.__class__ is float and v - v == 0.0 else __h_percentage(v, __t_percentage))
    else:
        v = __d_percentage
    __s_percentage(self, v)
    v = o.get('key_questions', __absent)
    if v is not __absent:
        v = __h_key_questions(v, __t_key_questions)
        if v.__class__ not in __p_key_questions:
            v = __c_key_questions(v)
    else:
        v = __d_key_questions
    __s_key_questions(self, v)
    v = o.get('key_question_ratings', __absent)
    if v is not __absent:
        v = __h_key_question_ratings(v, __t_key_question_ratings)
        if v.__class__ not in __p_key_question_ratings:
            v = __c_key_question_ratings(v)
    else:
        v = __d_key_question_ratings
    __s_key_question_ratings(self, v)
    v = o.get('override_reason', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_override_reason
    __s_override_reason(self, v)
    v = o.get('summary', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_summary
    __s_summary(self, v)
    if __config._run_validators is True:
        __v_area(self, __a_area, self.area)
        __v_percentage(self, __a_percentage, self.percentage)
    self.__attrs_post_init__()
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o['area']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_area(self, v)\n    v = o.get('rating', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_rating\n    __s_rating(self, v)\n    v = o.get('status', __absent)\n    if v is not __absent:\n        v = __m_status[v]\n    else:\n        v = __d_status(self)\n        if v.__class__ not in __p_status:\n            v = __c_status(v)\n    __s_status(self, v)\n    v = o.get('percentage', __absent)\n    if v is not __absent:\n        v = None if v is None else (v if v.__class__ is float and v - v == 0.0 else __h_percentage(v, __t_percentage))\n    else:\n        v = __d_percentage\n    __s_percentage(self, v)\n    v = o.get('key_questions', __absent)\n    if v is not __absent:\n        v = __h_key_questions(v, __t_key_questions)\n        if v.__class__ not in __p_key_questions:\n            v = __c_key_questions(v)\n    else:\n        v = __d_key_questions\n    __s_key_questions(self, v)\n    v = o.get('key_question_ratings', __absent)\n    if v is not __absent:\n        v = __h_key_question_ratings(v, __t_key_question_ratings)\n        if v.__class__ not in __p_key_question_ratings:\n            v = __c_key_question_ratings(v)\n    else:\n        v = __d_key_question_ratings\n    __s_key_question_ratings(self, v)\n    v = o.get('override_reason', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_override_reason\n    __s_override_reason(self, v)\n    v = o.get('summary', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_summary\n    __s_summary(self, v)\n    if __config._run_validators is True:\n        __v_area(self, __a_area, self.area)\n        __v_percentage(self, __a_percentage, self.percentage)\n    self.__attrs_post_init__()\n    return self"] = structure.__code__


# <yjinspect fast structure Link>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o['from_area']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_from_area(self, v)
    v = o['to_area']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_to_area(self, v)
    v = o['strength']
    v = __m_strength[v]
    __s_strength(self, v)
    v = o['rationale']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_rationale(self, v)
    v = o.get('source', __absent)
    if v is not __absent:
        if not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_source
    __s_source(self, v)
    v = o.get('confidence', __absent)
    if v is not __absent:
        v = __m_confidence[v]
    else:
        v = __d_confidence
    __s_confidence(self, v)
    if __config._run_validators is True:
        __v_from_area(self, __a_from_area, self.from_area)
        __v_to_area(self, __a_to_area, self.to_area)
        __v_rationale(self, __a_rationale, self.rationale)
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o['from_area']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_from_area(self, v)\n    v = o['to_area']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_to_area(self, v)\n    v = o['strength']\n    v = __m_strength[v]\n    __s_strength(self, v)\n    v = o['rationale']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_rationale(self, v)\n    v = o.get('source', __absent)\n    if v is not __absent:\n        if not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_source\n    __s_source(self, v)\n    v = o.get('confidence', __absent)\n    if v is not __absent:\n        v = __m_confidence[v]\n    else:\n        v = __d_confidence\n    __s_confidence(self, v)\n    if __config._run_validators is True:\n        __v_from_area(self, __a_from_area, self.from_area)\n        __v_to_area(self, __a_to_area, self.to_area)\n        __v_rationale(self, __a_rationale, self.rationale)\n    return self"] = structure.__code__


# <yjinspect fast structure Milestone>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o['title']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_title(self, v)
    v = o.get('due', __absent)
    if v is not __absent:
        v = None if v is None else __h_due(v, __t_due)
        if v.__class__ not in __p_due:
            v = __c_due(v)
    else:
        v = __d_due
    __s_due(self, v)
    v = o.get('window', __absent)
    if v is not __absent:
        v = None if v is None else __h_window(v, __t_window)
    else:
        v = __d_window
    __s_window(self, v)
    v = o.get('done', __absent)
    if v is not __absent:
        v = None if v is None else __h_done(v, __t_done)
        if v.__class__ not in __p_done:
            v = __c_done(v)
    else:
        v = __d_done
    __s_done(self, v)
    v = o.get('status', __absent)
    if v is not __absent:
        v = __m_status[v]
    else:
        v = __d_status(self)
        if v.__class__ not in __p_status:
            v = __c_status(v)
    __s_status(self, v)
    v = o.get('inspection', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_inspection
    __s_inspection(self, v)
    v = o.get('notes', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_notes
    __s_notes(self, v)
    if __config._run_validators is True:
        __v_title(self, __a_title, self.title)
        __v_window(self, __a_window, self.window)
    self.__attrs_post_init__()
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o['title']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_title(self, v)\n    v = o.get('due', __absent)\n    if v is not __absent:\n        v = None if v is None else __h_due(v, __t_due)\n        if v.__class__ not in __p_due:\n            v = __c_due(v)\n    else:\n        v = __d_due\n    __s_due(self, v)\n    v = o.get('window', __absent)\n    if v is not __absent:\n        v = None if v is None else __h_window(v, __t_window)\n    else:\n        v = __d_window\n    __s_window(self, v)\n    v = o.get('done', __absent)\n    if v is not __absent:\n        v = None if v is None else __h_done(v, __t_done)\n        if v.__class__ not in __p_done:\n            v = __c_done(v)\n    else:\n        v = __d_done\n    __s_done(self, v)\n    v = o.get('status', __absent)\n    if v is not __absent:\n        v = __m_status[v]\n    else:\n        v = __d_status(self)\n        if v.__class__ not in __p_status:\n            v = __c_status(v)\n    __s_status(self, v)\n    v = o.get('inspection', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_inspection\n    __s_inspection(self, v)\n    v = o.get('notes', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_notes\n    __s_notes(self, v)\n    if __config._run_validators is True:\n        __v_title(self, __a_title, self.title)\n        __v_window(self, __a_window, self.window)\n    self.__attrs_post_init__()\n    return self"] = structure.__code__


# <yjinspect fast structure NotPublished>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o['subject']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_subject(self, v)
    v = o['note']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_note(self, v)
    v = o.get('area', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_area
    __s_area(self, v)
    v = o.get('source', __absent)
    if v is not __absent:
        if not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_source
    __s_source(self, v)
    v = o.get('confidence', __absent)
    if v is not __absent:
        v = __m_confidence[v]
    else:
        v = __d_confidence
    __s_confidence(self, v)
    if __config._run_validators is True:
        __v_subject(self, __a_subject, self.subject)
        __v_note(self, __a_note, self.note)
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o['subject']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_subject(self, v)\n    v = o['note']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_note(self, v)\n    v = o.get('area', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_area\n    __s_area(self, v)\n    v = o.get('source', __absent)\n    if v is not __absent:\n        if not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_source\n    __s_source(self, v)\n    v = o.get('confidence', __absent)\n    if v is not __absent:\n        v = __m_confidence[v]\n    else:\n        v = __d_confidence\n    __s_confidence(self, v)\n    if __config._run_validators is True:\n        __v_subject(self, __a_subject, self.subject)\n        __v_note(self, __a_note, self.note)\n    return self"] = structure.__code__


# <yjinspect fast structure OverallRule>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o.get('method', __absent)
    if v is not __absent:
        if not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_method
    __s_method(self, v)
    v = o['bands']
    if not isinstance(v, (list, tuple)):
        raise TypeError('wrong type')
    v = tuple([__i_bands(x, __j_bands) for x in v])
    __s_bands(self, v)
    v = o.get('source', __absent)
    if v is not __absent:
        if not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_source
    __s_source(self, v)
    v = o.get('confidence', __absent)
    if v is not __absent:
        v = __m_confidence[v]
    else:
        v = __d_confidence
    __s_confidence(self, v)
    v = o.get('note', __absent)
    if v is not __absent:
        if not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_note
    __s_note(self, v)
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o.get('method', __absent)\n    if v is not __absent:\n        if not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_method\n    __s_method(self, v)\n    v = o['bands']\n    if not isinstance(v, (list, tuple)):\n        raise TypeError('wrong type')\n    v = tuple([__i_bands(x, __j_bands) for x in v])\n    __s_bands(self, v)\n    v = o.get('source', __absent)\n    if v is not __absent:\n        if not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_source\n    __s_source(self, v)\n    v = o.get('confidence', __absent)\n    if v is not __absent:\n        v = __m_confidence[v]\n    else:\n        v = __d_confidence\n    __s_confidence(self, v)\n    v = o.get('note', __absent)\n    if v is not __absent:\n        if not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_note\n    __s_note(self, v)\n    return self"] = structure.__code__


# <yjinspect fast structure ProgressUpdate>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o['date']
    v = __h_date(v, __t_date)
    if v.__class__ not in __p_date:
        v = __c_date(v)
    __s_date(self, v)
    v = o['rag']
    v = __m_rag[v]
    __s_rag(self, v)
    v = o['note']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_note(self, v)
    v = o.get('value', __absent)
    if v is not __absent:
        v = None if v is None else (v if v.__class__ is float and v - v == 0.0 else __h_value(v, __t_value))
    else:
        v = __d_value
    __s_value(self, v)
    if __config._run_validators is True:
        __v_note(self, __a_note, self.note)
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o['date']\n    v = __h_date(v, __t_date)\n    if v.__class__ not in __p_date:\n        v = __c_date(v)\n    __s_date(self, v)\n    v = o['rag']\n    v = __m_rag[v]\n    __s_rag(self, v)\n    v = o['note']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_note(self, v)\n    v = o.get('value', __absent)\n    if v is not __absent:\n        v = None if v is None else (v if v.__class__ is float and v - v == 0.0 else __h_value(v, __t_value))\n    else:\n        v = __d_value\n    __s_value(self, v)\n    if __config._run_validators is True:\n        __v_note(self, __a_note, self.note)\n    return self"] = structure.__code__


# <yjinspect fast structure RatingCount>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o['ratings']
    if not isinstance(v, (list, tuple)):
        raise TypeError('wrong type')
    for x in v:
        if not isinstance(x, str):
            raise TypeError
    v = tuple(v)
    __s_ratings(self, v)
    v = o['count']
    v = (v if v.__class__ is int else __h_count(v, __t_count))
    __s_count(self, v)
    v = o['total']
    v = (v if v.__class__ is int else __h_total(v, __t_total))
    __s_total(self, v)
    v = o.get('areas', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        for x in v:
            if not isinstance(x, str):
                raise TypeError
        v = tuple(v)
    else:
        v = __d_areas
    __s_areas(self, v)
    v = o.get('source', __absent)
    if v is not __absent:
        v = None if v is None else __h_source(v, __t_source)
    else:
        v = __d_source
    __s_source(self, v)
    if __config._run_validators is True:
        __v_count(self, __a_count, self.count)
        __v_total(self, __a_total, self.total)
    self.__attrs_post_init__()
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o['ratings']\n    if not isinstance(v, (list, tuple)):\n        raise TypeError('wrong type')\n    for x in v:\n        if not isinstance(x, str):\n            raise TypeError\n    v = tuple(v)\n    __s_ratings(self, v)\n    v = o['count']\n    v = (v if v.__class__ is int else __h_count(v, __t_count))\n    __s_count(self, v)\n    v = o['total']\n    v = (v if v.__class__ is int else __h_total(v, __t_total))\n    __s_total(self, v)\n    v = o.get('areas', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        for x in v:\n            if not isinstance(x, str):\n                raise TypeError\n        v = tuple(v)\n    else:\n        v = __d_areas\n    __s_areas(self, v)\n    v = o.get('source', __absent)\n    if v is not __absent:\n        v = None if v is None else __h_source(v, __t_source)\n    else:\n        v = __d_source\n    __s_source(self, v)\n    if __config._run_validators is True:\n        __v_count(self, __a_count, self.count)\n        __v_total(self, __a_total, self.total)\n    self.__attrs_post_init__()\n    return self"] = structure.__code__


# <yjinspect fast structure Recommendation>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o['id']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_id(self, v)
    v = o.get('text', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_text
    __s_text(self, v)
    v = o.get('addressee', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_addressee
    __s_addressee(self, v)
    v = o.get('areas', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        for x in v:
            if not isinstance(x, str):
                raise TypeError
        v = tuple(v)
    else:
        v = __d_areas
    __s_areas(self, v)
    v = o.get('sources', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        v = tuple([__i_sources(x, __j_sources) for x in v])
    else:
        v = __d_sources
    __s_sources(self, v)
    v = o.get('text_cut_short', __absent)
    if v is not __absent:
        v = __h_text_cut_short(v, __t_text_cut_short)
    else:
        v = __d_text_cut_short
    __s_text_cut_short(self, v)
    v = o.get('notes', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_notes
    __s_notes(self, v)
    if __config._run_validators is True:
        __v_id(self, __a_id, self.id)
    self.__attrs_post_init__()
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o['id']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_id(self, v)\n    v = o.get('text', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_text\n    __s_text(self, v)\n    v = o.get('addressee', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_addressee\n    __s_addressee(self, v)\n    v = o.get('areas', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        for x in v:\n            if not isinstance(x, str):\n                raise TypeError\n        v = tuple(v)\n    else:\n        v = __d_areas\n    __s_areas(self, v)\n    v = o.get('sources', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        v = tuple([__i_sources(x, __j_sources) for x in v])\n    else:\n        v = __d_sources\n    __s_sources(self, v)\n    v = o.get('text_cut_short', __absent)\n    if v is not __absent:\n        v = __h_text_cut_short(v, __t_text_cut_short)\n    else:\n        v = __d_text_cut_short\n    __s_text_cut_short(self, v)\n    v = o.get('notes', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_notes\n    __s_notes(self, v)\n    if __config._run_validators is True:\n        __v_id(self, __a_id, self.id)\n    self.__attrs_post_init__()\n    return self"] = structure.__code__


# <yjinspect fast structure RecommendationResponse>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o['recommendation']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_recommendation(self, v)
    v = o['agreement']
    v = __m_agreement[v]
    __s_agreement(self, v)
    v = o.get('reason', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_reason
    __s_reason(self, v)
    if __config._run_validators is True:
        __v_recommendation(self, __a_recommendation, self.recommendation)
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o['recommendation']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_recommendation(self, v)\n    v = o['agreement']\n    v = __m_agreement[v]\n    __s_agreement(self, v)\n    v = o.get('reason', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_reason\n    __s_reason(self, v)\n    if __config._run_validators is True:\n        __v_recommendation(self, __a_recommendation, self.recommendation)\n    return self"] = structure.__code__


# <yjinspect fast structure Service>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o['name']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_name(self, v)
    v = o['local_authority']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_local_authority(self, v)
    v = o.get('authorities', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        for x in v:
            if not isinstance(x, str):
                raise TypeError
        v = tuple(v)
    else:
        v = __d_authorities
    __s_authorities(self, v)
    v = o.get('codes', __absent)
    if v is not __absent:
        v = __h_codes(v, __t_codes)
        if v.__class__ not in __p_codes:
            v = __c_codes(v)
    else:
        v = __d_codes
    __s_codes(self, v)
    if __config._run_validators is True:
        __v_name(self, __a_name, self.name)
        __v_local_authority(self, __a_local_authority, self.local_authority)
        __v_authorities(self, __a_authorities, self.authorities)
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o['name']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_name(self, v)\n    v = o['local_authority']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_local_authority(self, v)\n    v = o.get('authorities', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        for x in v:\n            if not isinstance(x, str):\n                raise TypeError\n        v = tuple(v)\n    else:\n        v = __d_authorities\n    __s_authorities(self, v)\n    v = o.get('codes', __absent)\n    if v is not __absent:\n        v = __h_codes(v, __t_codes)\n        if v.__class__ not in __p_codes:\n            v = __c_codes(v)\n    else:\n        v = __d_codes\n    __s_codes(self, v)\n    if __config._run_validators is True:\n        __v_name(self, __a_name, self.name)\n        __v_local_authority(self, __a_local_authority, self.local_authority)\n        __v_authorities(self, __a_authorities, self.authorities)\n    return self"] = structure.__code__


# <yjinspect fast structure Source>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o['title']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_title(self, v)
    v = o.get('url', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_url
    __s_url(self, v)
    v = o.get('note', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_note
    __s_note(self, v)
    v = o.get('publisher', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_publisher
    __s_publisher(self, v)
    v = o.get('date', __absent)
    if v is not __absent:
        v = None if v is None else __h_date(v, __t_date)
    else:
        v = __d_date
    __s_date(self, v)
    v = o.get('quote', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_quote
    __s_quote(self, v)
    v = o.get('confidence', __absent)
    if v is not __absent:
        v = None if v is None else __m_confidence[v]
    else:
        v = __d_confidence
    __s_confidence(self, v)
    v = o.get('supports', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        for x in v:
            if not isinstance(x, str):
                raise TypeError
        v = tuple(v)
    else:
        v = __d_supports
    __s_supports(self, v)
    if __config._run_validators is True:
        __v_title(self, __a_title, self.title)
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o['title']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_title(self, v)\n    v = o.get('url', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_url\n    __s_url(self, v)\n    v = o.get('note', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_note\n    __s_note(self, v)\n    v = o.get('publisher', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_publisher\n    __s_publisher(self, v)\n    v = o.get('date', __absent)\n    if v is not __absent:\n        v = None if v is None else __h_date(v, __t_date)\n    else:\n        v = __d_date\n    __s_date(self, v)\n    v = o.get('quote', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_quote\n    __s_quote(self, v)\n    v = o.get('confidence', __absent)\n    if v is not __absent:\n        v = None if v is None else __m_confidence[v]\n    else:\n        v = __d_confidence\n    __s_confidence(self, v)\n    v = o.get('supports', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        for x in v:\n            if not isinstance(x, str):\n                raise TypeError\n        v = tuple(v)\n    else:\n        v = __d_supports\n    __s_supports(self, v)\n    if __config._run_validators is True:\n        __v_title(self, __a_title, self.title)\n    return self"] = structure.__code__


# <yjinspect fast structure StandardRule>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o.get('method', __absent)
    if v is not __absent:
        if not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_method
    __s_method(self, v)
    v = o['thresholds']
    if not isinstance(v, (list, tuple)):
        raise TypeError('wrong type')
    v = tuple([__i_thresholds(x, __j_thresholds) for x in v])
    __s_thresholds(self, v)
    v = o.get('source', __absent)
    if v is not __absent:
        if not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_source
    __s_source(self, v)
    v = o.get('confidence', __absent)
    if v is not __absent:
        v = __m_confidence[v]
    else:
        v = __d_confidence
    __s_confidence(self, v)
    v = o.get('note', __absent)
    if v is not __absent:
        if not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_note
    __s_note(self, v)
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o.get('method', __absent)\n    if v is not __absent:\n        if not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_method\n    __s_method(self, v)\n    v = o['thresholds']\n    if not isinstance(v, (list, tuple)):\n        raise TypeError('wrong type')\n    v = tuple([__i_thresholds(x, __j_thresholds) for x in v])\n    __s_thresholds(self, v)\n    v = o.get('source', __absent)\n    if v is not __absent:\n        if not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_source\n    __s_source(self, v)\n    v = o.get('confidence', __absent)\n    if v is not __absent:\n        v = __m_confidence[v]\n    else:\n        v = __d_confidence\n    __s_confidence(self, v)\n    v = o.get('note', __absent)\n    if v is not __absent:\n        if not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_note\n    __s_note(self, v)\n    return self"] = structure.__code__


# <yjinspect fast structure SuccessMeasure>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o['description']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_description(self, v)
    v = o.get('baseline', __absent)
    if v is not __absent:
        v = None if v is None else (v if v.__class__ is float and v - v == 0.0 else __h_baseline(v, __t_baseline))
    else:
        v = __d_baseline
    __s_baseline(self, v)
    v = o.get('target', __absent)
    if v is not __absent:
        v = None if v is None else (v if v.__class__ is float and v - v == 0.0 else __h_target(v, __t_target))
    else:
        v = __d_target
    __s_target(self, v)
    v = o.get('unit', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_unit
    __s_unit(self, v)
    if __config._run_validators is True:
        __v_description(self, __a_description, self.description)
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o['description']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_description(self, v)\n    v = o.get('baseline', __absent)\n    if v is not __absent:\n        v = None if v is None else (v if v.__class__ is float and v - v == 0.0 else __h_baseline(v, __t_baseline))\n    else:\n        v = __d_baseline\n    __s_baseline(self, v)\n    v = o.get('target', __absent)\n    if v is not __absent:\n        v = None if v is None else (v if v.__class__ is float and v - v == 0.0 else __h_target(v, __t_target))\n    else:\n        v = __d_target\n    __s_target(self, v)\n    v = o.get('unit', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_unit\n    __s_unit(self, v)\n    if __config._run_validators is True:\n        __v_description(self, __a_description, self.description)\n    return self"] = structure.__code__


# <yjinspect fast structure Theme>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o['id']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_id(self, v)
    v = o['title']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_title(self, v)
    v = o.get('areas', __absent)
    if v is not __absent:
        if not isinstance(v, (list, tuple)):
            raise TypeError('wrong type')
        for x in v:
            if not isinstance(x, str):
                raise TypeError
        v = tuple(v)
    else:
        v = __d_areas
    __s_areas(self, v)
    v = o.get('description', __absent)
    if v is not __absent:
        if v is not None and not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_description
    __s_description(self, v)
    if __config._run_validators is True:
        __v_id(self, __a_id, self.id)
        __v_title(self, __a_title, self.title)
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o['id']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_id(self, v)\n    v = o['title']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_title(self, v)\n    v = o.get('areas', __absent)\n    if v is not __absent:\n        if not isinstance(v, (list, tuple)):\n            raise TypeError('wrong type')\n        for x in v:\n            if not isinstance(x, str):\n                raise TypeError\n        v = tuple(v)\n    else:\n        v = __d_areas\n    __s_areas(self, v)\n    v = o.get('description', __absent)\n    if v is not __absent:\n        if v is not None and not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_description\n    __s_description(self, v)\n    if __config._run_validators is True:\n        __v_id(self, __a_id, self.id)\n        __v_title(self, __a_title, self.title)\n    return self"] = structure.__code__


# <yjinspect fast structure Threshold>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o['minimum']
    v = (v if v.__class__ is float and v - v == 0.0 else __h_minimum(v, __t_minimum))
    __s_minimum(self, v)
    v = o['level']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_level(self, v)
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o['minimum']\n    v = (v if v.__class__ is float and v - v == 0.0 else __h_minimum(v, __t_minimum))\n    __s_minimum(self, v)\n    v = o['level']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_level(self, v)\n    return self"] = structure.__code__


# <yjinspect fast structure Unmatched>
def structure(o, _):
    if not isinstance(o, dict):
        raise TypeError('expected a table of fields')
    if not __allowed.issuperset(o):
        raise ValueError('unknown field')
    self = __new(__cl)
    v = o['area']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_area(self, v)
    v = o['rationale']
    if not isinstance(v, str):
        raise TypeError('wrong type')
    __s_rationale(self, v)
    v = o.get('source', __absent)
    if v is not __absent:
        if not isinstance(v, str):
            raise TypeError('wrong type')
    else:
        v = __d_source
    __s_source(self, v)
    v = o.get('confidence', __absent)
    if v is not __absent:
        v = __m_confidence[v]
    else:
        v = __d_confidence
    __s_confidence(self, v)
    if __config._run_validators is True:
        __v_area(self, __a_area, self.area)
        __v_rationale(self, __a_rationale, self.rationale)
    return self


CODE["def structure(o, _):\n    if not isinstance(o, dict):\n        raise TypeError('expected a table of fields')\n    if not __allowed.issuperset(o):\n        raise ValueError('unknown field')\n    self = __new(__cl)\n    v = o['area']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_area(self, v)\n    v = o['rationale']\n    if not isinstance(v, str):\n        raise TypeError('wrong type')\n    __s_rationale(self, v)\n    v = o.get('source', __absent)\n    if v is not __absent:\n        if not isinstance(v, str):\n            raise TypeError('wrong type')\n    else:\n        v = __d_source\n    __s_source(self, v)\n    v = o.get('confidence', __absent)\n    if v is not __absent:\n        v = __m_confidence[v]\n    else:\n        v = __d_confidence\n    __s_confidence(self, v)\n    if __config._run_validators is True:\n        __v_area(self, __a_area, self.area)\n        __v_rationale(self, __a_rationale, self.rationale)\n    return self"] = structure.__code__
