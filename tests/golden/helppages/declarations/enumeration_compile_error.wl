// Help page "Enumeration (Type of variable)" (?1514067): its first refused assignment
// written without the comment. The page says it "displays a compilation error": the
// program is refused before it runs (nothing is traced), at that line.
// Declaration code
// Declare an enumeration
AutomatonType is Enumeration
	Running
	Stopped
	UnderMaintenance
	OutOfOrder
END
// Declare an Enumeration variable
Station1 is AutomatonType
Trace(Station1)
// Assign the variable
Station1 = Running
Station1 = 1 // expect error: 'Station1' is of the enumeration AutomatonType: it only takes a value of AutomatonType, not a number
