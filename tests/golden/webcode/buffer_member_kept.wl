// A class's Buffer member read after ':' in a method (:bufContent) and stored where no
// declaration keeps its type (an associative array of Variant, a Variant member), or into
// a string member; and a Buffer member read through a Variant or an untyped parameter
// holding the object (a reader class of the web keeps a file's bytes so). TypeVar said
// wlString (16) there, where a local Buffer gives wlBuffer (30), and `:sText =
// :bufContent` kept byte 0x80 as U+0080 where `s = buf` reads the bytes as ANSI ("€").
CReader is Class
	bufContent is Buffer
	vOther is Variant
	sText is string
END
reader is CReader
Trace(reader.Fill()) // expect: 30 30 30
Trace(TypeVar(reader.vOther), reader.sText, Length(reader.sText)) // expect: 30, ab€, 3
v is Variant = reader
Trace(TypeVar(v.bufContent), Length(v.bufContent)) // expect: 30, 3
Trace(Shown(reader)) // expect: 30 30
st is STBlock
st.bufPart = "xyz"
w is Variant = st
Trace(TypeVar(w.bufPart), TypeVar(w.sLabel)) // expect: 30, 16
empty is CReader
v = empty
Trace(TypeVar(v.bufContent), Length(v.bufContent)) // expect: 30, 0

STBlock is Structure
	bufPart is Buffer
	sLabel is string
END

PROCEDURE Shown(p)
RESULT TypeVar(p.bufContent) + " " + TypeVar(p.vOther)

PROCEDURE CReader::Fill()
:bufContent = "ab" + Charact(128)
aa is associative array of Variant
aa["a"] = :bufContent
aa["b"] = bufContent
:vOther = :bufContent
:sText = :bufContent
RESULT TypeVar(aa["a"]) + " " + TypeVar(aa["b"]) + " " + TypeVar(:vOther)
