// A structure declared after its class's END, in the class's declaration code, sizes a
// fixed array by the class's constant, as a real WINDEV 28 project's frame structure
// does; it is used as CFrameReader.STFrame. Since each class has its own constants, the
// size was an unknown name: the member became an empty Variant ("Index 1 is out of
// range"). A size in a type phrase may name the constant of the one class declaring it
// (INFERRED: docs/semantics.md "A class's constants").
CFrameReader is Class
	CONSTANT VALUE_COUNT = 3
	nRead is int
END
STFrame is Structure
	sHeader is string on 3
	arrValues is fixed array of VALUE_COUNT int on 2
END
stFrame is CFrameReader.STFrame
stFrame.arrValues[3] = 7
Trace(stFrame.arrValues.Occurrence, stFrame.arrValues[3]) // expect: 3, 7
stOther is STFrame
Trace(stOther.arrValues.Occurrence) // expect: 3
Trace(CFrameReader::VALUE_COUNT) // expect: 3
