// An order's state machine: an enumeration for the status, a combination for its
// options, SWITCH on constants, as WINDEV code writes it (English twin of
// etat_commande_fr.wl).
EOrderStatus is Enumeration
	ENTERED
	VALIDATED
	SHIPPED
	DELIVERED
	CANCELLED
END

COrderOptions is Combination
	URGENT
	FRAGILE
	GIFT
END

CONSTANT
	EVT_VALIDATE = "validate"
	EVT_SHIP = "ship"
	EVT_DELIVER = "deliver"
	EVT_CANCEL = "cancel"
END

STOrder is Structure
	nNumber is int
	eStatus is EOrderStatus
	cOptions is COrderOptions
	arrHistory is array of strings
END

myOrder is STOrder
myOrder.nNumber = 1042
myOrder.eStatus = ENTERED
myOrder.cOptions = URGENT + FRAGILE

Trace(StatusLabel(myOrder.eStatus)) // expect: being entered
IF Transition(myOrder, EVT_VALIDATE) THEN Trace("ok: " + StatusLabel(myOrder.eStatus)) // expect: ok: validated
IF NOT Transition(myOrder, EVT_DELIVER) THEN Trace("refused: deliver a validated order") // expect: refused: deliver a validated order
Transition(myOrder, EVT_SHIP)
Transition(myOrder, "Lose")  // expect: unknown event: Lose
Transition(myOrder, EVT_DELIVER)
Trace(StatusLabel(myOrder.eStatus)) // expect: gone (DELIVERED)
IF myOrder.cOptions[FRAGILE] THEN Trace("handle with care") // expect: handle with care
IF NOT myOrder.cOptions[GIFT] THEN Trace("no gift wrap") // expect: no gift wrap
myOrder.cOptions[GIFT] = True
Trace(myOrder.cOptions[GIFT], ArrayToString(myOrder.arrHistory, " > ")) // expect: 1, VALIDATED > SHIPPED > DELIVERED
IF Transition(myOrder, EVT_CANCEL) = False THEN Trace("too late to cancel") // expect: too late to cancel

PROCEDURE StatusLabel(LOCAL eStatus is EOrderStatus) : string
SWITCH eStatus
	CASE ENTERED: RESULT "being entered"
	CASE VALIDATED: RESULT "validated"
	CASE SHIPPED, DELIVERED: RESULT "gone (" + eStatus..Name + ")"
	OTHER CASE: RESULT "cancelled"
END

PROCEDURE Transition(ord is STOrder, LOCAL sEvent is string) : boolean
eNew is EOrderStatus = ord.eStatus
SWITCH sEvent
	CASE EVT_VALIDATE
		IF ord.eStatus <> ENTERED THEN RESULT False
		eNew = VALIDATED
	CASE EVT_SHIP
		IF ord.eStatus <> VALIDATED THEN RESULT False
		eNew = SHIPPED
	CASE EVT_DELIVER
		IF ord.eStatus <> SHIPPED THEN RESULT False
		eNew = DELIVERED
	CASE EVT_CANCEL
		IF ord.eStatus IN (DELIVERED, CANCELLED) THEN RESULT False
		eNew = CANCELLED
	OTHER CASE
		Trace("unknown event: " + sEvent)
		RESULT False
END
ArrayAdd(ord.arrHistory, eNew..Name)
ord.eStatus = eNew
RESULT True
