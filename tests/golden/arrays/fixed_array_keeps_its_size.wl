// a fixed array's dimensions "cannot be modified" (?1514025): Dimension, ArrayAdd,
// ArrayInsert, ArrayDelete, ArrayDeleteAll... stop the run (they changed its size in
// silence); an array declared with a size still grows
td is array of 3 int
Dimension(td, 5)
ArrayAdd(td, 6)
Trace(td.Count) // expect: 6
tf is fixed array of 3 int
tf[3] = 7
Trace(Dimension(tf), tf.Count, tf[3]) // expect: 3, 3, 7
tb is fixed array [10] strings // the size in brackets: fixed too
tb[10] = "x"
Trace(Dimension(tb), tb[10]) // expect: 10, x
tf.Add(4) // expect error: Add: this array is a fixed array: its dimensions are set when compiling and cannot be modified
