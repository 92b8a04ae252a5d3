// ArrayAddLine given several values for a Variant nothing wrote yet: the Variant gets a
// one-dimensional array, which takes one value, and the run stops there; check says it
vRow is Variant // warning: WL204:1 'vRow' is used but never assigned: it always holds its default value
ArrayAddLine(vRow, 1, 2) // error: WL115:1 ArrayAddLine: a one-dimensional array takes one value, an element (2 were given); a row of several values needs a two-dimensional array
vOne is Variant
ArrayAddLine(vOne, 1)
vMade is Variant
vMade = Grid()
ArrayAddLine(vMade, 1, 2)
Trace(vRow, vOne, vMade)
PROCEDURE Grid()
t is array of 0 by 2 int
RESULT t
