// Serialize into a Buffer stores the JSON or XML text's UTF-8 bytes, one byte a
// character of the Buffer: Length counts bytes (13 for {"a":"é€"}), as the file
// fSaveBuffer writes; a string receives the text (10 characters). psdBinary's result is
// bytes already and is stored as it is. Deserialize reads the Buffer back (decided:
// docs/builtins.md "Serialize into a Buffer"; it stored the text, Length 10)
STItem is Structure
	a is string
END
st is STItem
st.a = "é€"
bufJSON is Buffer
Serialize(st, bufJSON, psdJSON)
Trace(Length(bufJSON), BufferToHexa(bufJSON, NoGrouping)) // expect: 13, 7B2261223A22C3A9E282AC227D
Trace(Asc(bufJSON[[7]])) // expect: 195
sJSON is string
Serialize(st, sJSON, psdJSON)
Trace(Length(sJSON), sJSON) // expect: 10, {"a":"é€"}
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
Trace(Length(h.data), Length(arrB[1])) // expect: 13, 13
// read back
stBack is STItem
Deserialize(stBack, bufJSON, psdJSON)
Trace(stBack.a) // expect: é€
Deserialize(stBack, bufXML, psdXML)
Trace(stBack.a) // expect: é€
Deserialize(stBack, bufBin, psdBinary)
Trace(stBack.a) // expect: é€
