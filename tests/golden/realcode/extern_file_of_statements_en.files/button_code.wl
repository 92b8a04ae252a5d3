// statements a button's code includes with EXTERN, as a point-of-sale project does
sControl is string = "BTN_1"
Trace("included " + sControl)
