// Serialize into a Buffer stores the JSON or XML text's UTF-8 bytes, one byte a
// character of the Buffer, as the file fSaveBuffer writes; psdJSON's text is 7-bit ASCII
// (VERIFIED ?3013065: é is written \u00E9), so its bytes are its characters (20 for
// {"a":"é€"}), and psdXML's accents take two or three bytes each. psdBinary's result is
// bytes already and is stored as it is. Deserialize reads the Buffer back (decided:
// docs/builtins.md "Serialize into a Buffer"; it stored the text, Length 10)
STItem is Structure
	a is string
END
st is STItem
st.a = "é€"
bufJSON is Buffer
Serialize(st, bufJSON, psdJSON)
bufXML1 is Buffer
Serialize(st, bufXML1, psdXML)
Trace(Length(bufJSON), bufJSON) // expect: 20, {"a":"\u00E9\u20AC"}
Trace(Asc(bufJSON[[7]]), Asc(bufXML1[[12]])) // expect: 92, 195
sJSON is string
Serialize(st, sJSON, psdJSON)
Trace(Length(sJSON), sJSON) // expect: 20, {"a":"\u00E9\u20AC"}
bufXML is Buffer
Serialize(st, bufXML, psdXML)
Trace(Length(bufXML)) // expect: 29
bufBin is Buffer
Serialize(st, bufBin, psdBinary)
Trace(Length(bufBin)) // expect: 19
// a Buffer member and an element of an array of Buffers too
STHolder is Structure
	data is Buffer
END
h is STHolder
Serialize(st, h.data, psdJSON)
arrB is array of Buffer
ArrayAdd(arrB, "")
Serialize(st, arrB[1], psdJSON)
Trace(Length(h.data), Length(arrB[1])) // expect: 20, 20
// read back
stBack is STItem
Deserialize(stBack, bufJSON, psdJSON)
Trace(stBack.a) // expect: é€
Deserialize(stBack, bufXML, psdXML)
Trace(stBack.a) // expect: é€
Deserialize(stBack, bufBin, psdBinary)
Trace(stBack.a) // expect: é€
