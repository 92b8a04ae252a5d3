// A student register in the style of a real WEBDEV CRUD: the data file described in code
// with one Item Description reused (HDescribeItem reinitializes it), every command going
// through one procedure taking an enumeration of the command's kind and of its
// statement, parameters appended as SQL values, INSERT statements leaving the automatic
// identifier out (HFSQL numbers them), a SELECT's Data Source returned to the caller,
// a SWITCH on an enumeration, then the items' types read back to label the columns.
TypeOfCommand is Enumeration
	QUERY
	COMMAND
END
Statement is Enumeration
	_SELECT
	_INSERT
	_DELETE
END
fd is File Description
it is Item Description
fd..Name = "Student"
it..Name = "StudentID" ; it..Type = hItemAutoID ; it..KeyType = hUniqueKey
HDescribeItem(fd, it)
it..Name = "FullName" ; it..Size = 60 ; it..KeyType = hDuplicatesKey
HDescribeItem(fd, it)
it..Name = "Grade" ; it..Type = hItemInt
HDescribeItem(fd, it)
HDescribeFile(fd)
HCreation(Student)
Trace(ExecuteCommand("INSERT INTO Student (FullName, Grade) VALUES ", TypeOfCommand.COMMAND, Statement._INSERT, ["'Ana Silva', 14", "'Bruno Costa', 9", "'Carla Dias', 17"])) // expect: 1
Trace(ExecuteCommand("DELETE FROM Student WHERE Grade < 10", TypeOfCommand.COMMAND, Statement._DELETE)) // expect: 1
Student.FullName = "Diego Reis" ; Student.Grade = 12
HAdd(Student)
ds is Data Source = ExecuteCommand("SELECT StudentID, FullName, Grade FROM Student ORDER BY FullName", TypeOfCommand.QUERY, Statement._SELECT)
FOR EACH ds
	Trace(ds.StudentID, ds.FullName, ds.Grade)
END
// expect: 1, Ana Silva, 14
// expect: 3, Carla Dias, 17
// expect: 4, Diego Reis, 12
Trace(ColumnLabel(Student.FullName..Type), ColumnLabel(Student.Grade..Type), ColumnLabel(Student.StudentID..Type)) // expect: text, number, id

PROCEDURE ExecuteCommand(sQlCommand is string, eType is TypeOfCommand, eStatement is Statement, parameters is array of strings = [])
dsResult is Data Source
sParams is string;
IF(parameters..Count > 0) THEN
	FOR EACH param OF parameters
		sParams += " (" + param + "),";
	END
	sParams = Left(sParams, Length(sParams) - 1);
	sQlCommand += sParams;
END
IF eType = TypeOfCommand.QUERY THEN
	SWITCH eStatement
		CASE Statement._SELECT:
			IF HExecuteSQLQuery(dsResult, hQueryWithoutCorrection, sQlCommand) THEN RESULT dsResult
	END
	RESULT Null
END
RESULT HExecuteSQLQuery(dsResult, hQueryWithoutCorrection, sQlCommand)

PROCEDURE ColumnLabel(nType is int) : string
SWITCH nType
	CASE hItemText : RESULT "text"
	CASE hItemInt, hItemReal : RESULT "number"
	CASE hItemAutoID : RESULT "id"
END
RESULT "other"
