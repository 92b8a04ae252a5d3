// Elements (and members) of an enumeration type start at the enumeration's first value,
// as a variable of that type does (docs/semantics.md, "Arrays of an enumeration").
Level is Enumeration
    Low
    Medium
    High
END
t is array of 3 Level
Trace(t[1] = Low, t[3])   // expect: 1, Low
t[2] = High
Trace(t[2])   // expect: High
grow is array of Level
ArrayAdd(grow)
Trace(grow[1] = Low)   // expect: 1
ST_Task is Structure
    name is string
    priority is Level
END
task is ST_Task
Trace(task.priority)   // expect: Low
tasks is array of 2 ST_Task
Trace(tasks[2].priority = Low)   // expect: 1
