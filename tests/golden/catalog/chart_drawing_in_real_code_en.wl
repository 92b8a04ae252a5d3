// The chart and drawing calls real code makes most (a sales chart filled with grAddData
// and drawn with grDraw, a frame drawn with dStartDrawing and gPen): each names the chart
// or drawing family when it is reached, as the rest of those families do (they were said
// to be window functions).
Try("create")  // expect: create
// expect: grCreate is a chart function: not available in wlinterp (charts are drawn in a window, an image or a report, none of which wlinterp has).
Try("data")  // expect: data
// expect: grAddData is a chart function: not available in wlinterp (charts are drawn in a window, an image or a report, none of which wlinterp has).
Try("draw")  // expect: draw
// expect: grDraw is a chart function: not available in wlinterp (charts are drawn in a window, an image or a report, none of which wlinterp has).
Try("start")  // expect: start
// expect: dStartDrawing is a drawing/image function: not available in wlinterp (drawing needs an image control or an image editor; images are not decoded).
Try("pen")  // expect: pen
// expect: gPen is a drawing/image function: not available in wlinterp (drawing needs an image control or an image editor; images are not decoded).
Trace("after")  // expect: after

PROCEDURE Try(s is string)
WHEN EXCEPTION IN
	Trace(s)
	SWITCH s
		CASE "create": grCreate("Sales", grColumn) // wl: ignore[WL103]
		CASE "data": grAddData("Sales", 1, 1, 1250.5) // wl: ignore[WL103]
		CASE "draw": grDraw("Sales", IMG_Chart) // wl: ignore[WL103]
		CASE "start": dStartDrawing(IMG_Frame) // wl: ignore[WL103]
		CASE "pen": Trace(gPen(RGB(0, 0, 255))) // wl: ignore[WL103]
	END
DO
	Trace(ExceptionInfo(errMessage))
END
