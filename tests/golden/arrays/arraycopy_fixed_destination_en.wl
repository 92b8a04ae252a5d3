// ArrayCopy into a fixed array: its dimensions "cannot be modified" (?1514025); a source
// of its size is copied and the destination stays fixed, any other size stops the run
// (ArrayCopy resized it in silence before)
tf is fixed array of 3 int
same is array of int = [7, 8, 9]
ArrayCopy(same, tf)
Trace(tf.Count, tf[3]) // expect: 3, 9
arraycopy(same, tf)
Trace(Dimension(tf)) // expect: 3
src is array of int = [1, 2, 3, 4, 5]
ArrayCopy(src, tf) // expect error: ArrayCopy: this array is a fixed array: its dimensions are set when compiling and cannot be modified
