// Help page SysEnvironment (?3073014): its example as written, the environment it reads
// given first: the page's "homepath=\Users\doc" line is set with SysChangeEnvironment
// (our function) so that its result can be stated, and removed at the end.
SysChangeEnvironment("homepath", "\Users\doc")
// Get all the environment variables of the operating system
ResEnvironment is string = SysEnvironment()
Trace(Position(ResEnvironment, "homepath=\Users\doc") > 0) // expect: 1
// Its lines are separated by CR characters
Trace(Position(ResEnvironment, CR) > 0) // expect: 1
// Get the environment variables of the operating system
// returns for example:
// homepath=\Users\doc
Trace(SysEnvironment("homepath")) // expect: homepath=\Users\doc
// Its remarks: the search is generic; none found gives ""
Trace(SysEnvironment("homep")) // expect: homepath=\Users\doc
Trace("[" + SysEnvironment("wl_no_such_variable_here") + "]") // expect: []
SysChangeEnvironment("homepath", "")
Trace("[" + SysEnvironment("homepath") + "]") // expect: []
