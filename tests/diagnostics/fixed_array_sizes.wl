// a fixed array's dimensions are set when compiling and "cannot be modified" (?1514025):
// the functions that add, insert or remove elements or change its dimensions are refused
// at the call, in the run's words (the run changed its size in silence)
tf is fixed array of 3 int
grid is fixed array of 2 by 3 int
td is array of 3 int
tf[1] = 5
Trace(Dimension(tf), ArrayCount(tf), tf.Count)
Dimension(tf, 5) // error: WL115:1 Dimension: this array is a fixed array: its dimensions are set when compiling and cannot be modified (declare it 'array of ...' to add or remove elements)
ArrayAdd(tf, 4) // error: WL115:1 ArrayAdd: this array is a fixed array: its dimensions are set when compiling and cannot be modified (declare it 'array of ...' to add or remove elements)
tf.Add(4) // error: WL115:4 Add: this array is a fixed array: its dimensions are set when compiling and cannot be modified (declare it 'array of ...' to add or remove elements)
ArrayInsert(tf, 1, 9) // error: WL115:1 ArrayInsert: this array is a fixed array: its dimensions are set when compiling and cannot be modified (declare it 'array of ...' to add or remove elements)
ArrayDelete(tf, 1) // error: WL115:1 ArrayDelete: this array is a fixed array: its dimensions are set when compiling and cannot be modified (declare it 'array of ...' to add or remove elements)
ArrayDeleteAll(tf) // error: WL115:1 ArrayDeleteAll: this array is a fixed array: its dimensions are set when compiling and cannot be modified (declare it 'array of ...' to add or remove elements)
ARRAYADDLINE(grid, 1, 2, 3) // error: WL115:1 ArrayAddLine: this array is a fixed array: its dimensions are set when compiling and cannot be modified (declare it 'array of ...' to add or remove elements)
tb is fixed array [10] strings // the size in brackets: fixed too
tb.Add("y") // error: WL115:4 Add: this array is a fixed array: its dimensions are set when compiling and cannot be modified (declare it 'array of ...' to add or remove elements)
// an array declared with a size is no fixed array: it grows
Dimension(td, 5)
ArrayAdd(td, 4)
ArrayDeleteAll(td)
Trace(td.Count)
