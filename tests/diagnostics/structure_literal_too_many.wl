// an array literal given to an array of structures fills a structure's members in
// order: more values than members stop the run there ("4 values cannot fill the
// structure STPerson: it has 3 member(s)."); wl check says so first, WL110, deferred (it
// said nothing); as many values or fewer are no error, nor an array of arrays
STPerson is Structure
	sLastName is string
	sFirstName is string
	nAge is int
END
arrPeople is array of STPerson
ArrayAdd(arrPeople, ["Smith", "John", 40])
arrPeople.Add(["Doe"])
ArrayAdd(arrPeople, ["A", "B", 1, "one too many"]) // error: WL110:21 4 values cannot fill the structure STPerson: it has 3 member(s)
arrPeople.Add(["A", "B", 1, 2, 3]) // error: WL110:15 5 values cannot fill the structure STPerson: it has 3 member(s)
ArrayInsert(arrPeople, 1, ["A", "B", 1, 2]) // error: WL110:27 4 values cannot fill the structure STPerson: it has 3 member(s)
arrPeople[1] = ["A", "B", 1, 2] // error: WL110:16 4 values cannot fill the structure STPerson: it has 3 member(s)
arrRows is array of array of int
ArrayAdd(arrRows, [1, 2, 3, 4])
Trace(arrPeople.Count, arrRows.Count)
