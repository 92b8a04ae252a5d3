// Only the built-ins that give a Variant holding no array one (ArrayAdd, ArrayInsert,
// ArrayAddSorted, ArrayAddLine) count as assigning it. The others stop the run on it,
// "ArrayDeleteAll expects an array, not a value of type Null": the Variant stays WL204.
vAll is Variant // warning: WL204:1 'vAll' is used but never assigned: it always holds its default value
ArrayDeleteAll(vAll)
vOne is Variant // warning: WL204:1 'vOne' is used but never assigned: it always holds its default value
ArrayDelete(vOne, 1)
vTwice is Variant // warning: WL204:1 'vTwice' is used but never assigned: it always holds its default value
ArrayDeleteDuplicate(vTwice)
vRow is Variant // warning: WL204:1 'vRow' is used but never assigned: it always holds its default value
ArrayDeleteLine(vRow, 1)
vShape is Variant // warning: WL204:1 'vShape' is used but never assigned: it always holds its default value
Dimension(vShape, 3)
vSorted is Variant
ArrayAddSorted(vSorted, 3)
vLine is Variant
ArrayAddLine(vLine, 1)
Trace(vSorted[1], vLine[1])
Empty()

PROCEDURE Empty()
vRows is Variant // warning: WL204:1 'vRows' is used but never assigned: it always holds its default value
ArrayDeleteAll(vRows)
Trace(ArrayCount(vRows))
