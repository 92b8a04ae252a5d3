// ..Size of a member that is no data file's item (a class's Buffer member read by a
// socket's frame parser: IF :bufIn..Size >= 3 AND :bufIn[[1 TO 3]] <> "BEG") is the
// member's own ..Size, as for a variable; a data file's item gives its size in the
// analysis (docs/hfsql.md "Record buffer"). It said "A string has no property 'size'".
CFrameReader is Class
	bufIn is Buffer
END
reader is CFrameReader
Trace(reader.Receive("BE"), reader.bufIn..Size) // expect: 1, 2
Trace(reader.Receive("GIN"), reader.bufIn..Size) // expect: 1, 5
Trace(reader.Receive("x")) // expect: 1
reader2 is CFrameReader
Trace(reader2.Receive("XYZ")) // expect: 0

PROCEDURE CFrameReader::Receive(bufPart is Buffer)
:bufIn += bufPart
IF :bufIn..Size >= 3 AND :bufIn[[1 TO 3]] <> "BEG" THEN RESULT False
RESULT True
