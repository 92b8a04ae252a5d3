// Help page "Buffer (Type of variable)" (doc.pcsoft.fr/en-US ?1514042): "Buffer variables
// are base64 encoded in JSON and XML". A structure with a Buffer member serialized both
// ways and read back (the member was written as its text before).
ST is Structure
	Name is string
	Data is Buffer
END
s is ST
s.Name = "x"
s.Data = "ABC"
sJSON is string
Serialize(s, sJSON, psdJSON)
Trace(sJSON)                            // expect: {"Name":"x","Data":"QUJD"}
sXML is string
Serialize(s, sXML, psdXML)
Trace(sXML)                             // expect: <ST><Name>x</Name><Data>QUJD</Data></ST>
s2 is ST
Deserialize(s2, sJSON, psdJSON)
Trace(s2.Data, s2.Name)                 // expect: ABC, x
s3 is ST
Deserialize(s3, sXML, psdXML)
Trace(s3.Data)                          // expect: ABC
// The Buffer type does not need an end marker: it stores binary zeros
b is Buffer = "A" + Charact(0) + "B"
Trace(Length(b))                        // expect: 3
