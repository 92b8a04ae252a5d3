// Help page "Dynamic structure (Variable type)" (?1514007): its first example as written
// (new, then delete), with Traces of what the page's comments describe: the structure
// exists after new, the variable is Null after delete.
MyExampleFile is Structure
	Name is string
	Extension is string
	Directory is string
END
SourceFile is dynamic MyExampleFile
Trace(SourceFile = Null) // expect: 1
// ...
SourceFile = new MyExampleFile
// Process on the object ...
SourceFile.Name = "Report"
Trace(SourceFile.Name) // expect: Report
// ...
// Free the object
delete SourceFile
Trace(SourceFile = Null) // expect: 1
