// A fixed array sized by another class's constant written `Class::CONSTANT` (PC SOFT's
// network frames example: `_nPacket is array fixed of cCapture::MAXIMUM_SIZE 1-byte
// unsigned int`): the words lost the `::`, the class became the element type and the
// first element stored stopped the run ("cannot be stored in the class cCapture"); with
// two classes declaring a constant of that name, the array had 0 elements, without a word
cLimits is Class
	CONSTANT MAX_FRAME = 6
END
cOtherLimits is Class
	CONSTANT MAX_FRAME = 9
END
cFrame is Class
PROTECTED
	_nBytes is array fixed of cLimits::MAX_FRAME 1-byte unsigned int
END
f is cFrame
Trace(f.Fill("ABCDEFGH")) // expect: 6 65 70
tCopy is array fixed of cLimits::MAX_FRAME int
Trace(ArrayCount(tCopy), TypeVar(tCopy[1])) // expect: 6, 8
aCodes is array of cLimits::MAX_FRAME string
Trace(ArrayCount(aCodes)) // expect: 6
tBytes is array fixed of cOtherLimits::MAX_FRAME 1-byte unsigned int
Trace(ArrayCount(tBytes)) // expect: 9

PROCEDURE cFrame::Fill(sText is string)
FOR i = 1 _TO_ cLimits::MAX_FRAME
	:_nBytes[i] = Asc(sText[[i]])
END
RESULT ArrayCount(:_nBytes) + " " + :_nBytes[1] + " " + :_nBytes[cLimits::MAX_FRAME]
