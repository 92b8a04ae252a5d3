// Help page "Enumeration (Type of variable)" (French page doc.pcsoft.fr ?1514067) with
// the English keywords: a variable of the enumeration starts at its first value (the page
// says so) and takes only values of the enumeration.
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
Trace(Station1)                 // expect: Running
// Assign the variable
Station1 = Running
// Station1 = 1 // Displays a compilation error
// Station1 = "Running" // Displays a compilation error
Trace(Station1)                 // expect: Running
Station1 = OutOfOrder
Trace(Station1 = OutOfOrder)    // expect: 1
