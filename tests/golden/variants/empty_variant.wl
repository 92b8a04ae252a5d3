// An empty variant, or a JSON member never written, has no sub-elements: ..Occurrence is
// 0, ..Empty is True, ..Member and FOR EACH go through nothing (docs/semantics.md
// "Variant sub-elements").
v is Variant
Trace(v..Occurrence, v..Empty)   // expect: 0, 1
FOR EACH m OF v..Member
    Trace(m..Name)
END
w is Variant = JSONToVariant("{""a"": [1, 2], ""b"": null}")
Trace(w.a..Occurrence, w.missing..Occurrence, w.b..Occurrence)   // expect: 2, 0, 0
FOR EACH x OF w.missing
    Trace(x)
END
FOR EACH x OF w.b
    Trace(x)
END
FOR EACH x OF w.a
    Trace(x)
END
// expect: 1
// expect: 2
v.a = 1
Trace(v..Occurrence, v..Empty)   // expect: 1, 0
