// Help page "Enumeration (Type of variable)" (?1514067): an Enumeration variable or
// parameter "can only be assigned with a value of the enumeration". What stays valid
// beside the refused assignments: values by name or Enumeration.Value, comparisons, a
// variant holding a value, a parameter of the enumeration, FOR EACH over the
// enumeration (our decision: its values in their declared order), ..Name / ..Value.
RobotType is Enumeration
	Walk
	Stopped = "s"
	InMaintenance
	OutOfOrder
END
Post1 is RobotType
Post1 = RobotType.InMaintenance
v is variant = Post1
Post1 = Walk
Post1 = v
Trace(Post1, Post1..Name, Post1..Value)    // expect: InMaintenance, InMaintenance, 3
Trace(Post1 = InMaintenance, Post1 = Walk) // expect: 1, 0
Describe(Stopped)                          // expect: Stopped s
FOR EACH r OF RobotType
	Trace(r)
END
// expect: Walk
// expect: Stopped
// expect: InMaintenance
// expect: OutOfOrder
PROCEDURE Describe(p is RobotType)
Trace(p..Name + " " + p..Value)
