// `+` between options of one combination is the union of their sets of options, `-`
// their difference: an option added twice is set once (`Read + Read` gave 2, the next
// option Write), and removing an option that is not set leaves the value as it is (it
// gave -1, every option set); += and -= do the same. A number added to an option is
// still a number.
FileRights is Combination
	Read
	Write
	Exec
END
c is FileRights = Read + Read
Trace(c..Name) // expect: Read
c = Read
c = c - Write
Trace(c..Name) // expect: Read
c = Read + Write + Read
Trace(c..Name) // expect: Read + Write
c = Read + Write + Exec - Write
Trace(c..Name) // expect: Read + Exec
c += Read
Trace(c..Name) // expect: Read + Exec
c -= Exec
c -= Exec
Trace(c..Name) // expect: Read
Trace(c[Read], c[Exec]) // expect: 1, 0
Trace(Read + 1) // expect: 2
