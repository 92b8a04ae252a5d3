// Code that reads binary frames (a socket's, a device's) copies the Buffer received onto a
// structure with Transfer(&destination, &source, size), and a structure onto a Buffer to
// send it. wlinterp has no memory, so the bytes are the members' own, in declaration
// order, without padding (INFERRED: docs/semantics.md "Transfer(&destination, &source, n)").
STFrame is Structure
	sHeader is string on 3
	nIndex is int on 4
	arrValues is fixed array of 2 int on 2
	sTail is string on 3
END
STNote is Structure
	sText is string
END
FRAME_SIZE is int = 14
bufReceived is Buffer = "ABC" + Charact(1) + Charact(1) + Charact(0) + Charact(0) + ...
	Charact(7) + Charact(0) + Charact(255) + Charact(255) + "END"
stFrame is STFrame
Transfer(&stFrame, &bufReceived, FRAME_SIZE)
Trace(stFrame.sHeader, stFrame.nIndex, stFrame.arrValues[1], stFrame.arrValues[2], stFrame.sTail) // expect: ABC, 257, 7, -1, END
stFrame.nIndex = 258
stFrame.sTail = "Z"
bufToSend is Buffer
Transfer(&bufToSend, &stFrame, FRAME_SIZE)
Trace(Length(bufToSend), BufferToHexa(bufToSend)) // expect: 14, 41 42 43 02 01 00 00 07 00 FF FF 5A 00 00
// fewer bytes than the structure: only its first members change
stOther is STFrame
stOther.sTail = "OLD"
Transfer(&stOther, &bufReceived, 7)
Trace(stOther.sHeader, stOther.nIndex, stOther.sTail) // expect: ABC, 257, OLD
// a simple variable: its declared size
nWord is unsigned int on 2
bufWord is Buffer = bufReceived[[10 TO 11]]
Transfer(&nWord, &bufWord, 2)
Trace(nWord) // expect: 65535
// a string without a size is held by reference: refused in words
stNote is STNote
WHEN EXCEPTION IN
	Transfer(&stNote, &bufReceived, 4)
DO
	Trace(ExceptionInfo()) // expect: Transfer: &stNote.sText is a string without a size: inside a structure WINDEV holds it by reference; declare it with its size (string on N).
END
Transfer(&stFrame, &bufReceived, 20) // expect error: Transfer: 20 bytes asked, &bufReceived holds 14: the copy would read memory that is not the variable's.
