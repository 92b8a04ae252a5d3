// A support ticket's state machine: two enumerations, nested SWITCH on the state and
// the event, the values' ..Name (French twin: machine_etats_ticket_fr.wl).
TicketState is Enumeration
	New
	InProgress
	WaitingCustomer
	Solved
	Closed
END

TicketEvent is enumeration
	evTake
	evQuestion
	evAnswer
	evSolution
	evReopen
	evClose
END

t is CTicket(42)
FOR EACH eEv OF [evTake, evQuestion, evSolution, evAnswer, evSolution, evClose, evReopen]
	t.Transition(eEv)
END
FOR EACH sLine, i OF t.m_arrHistory
	Trace(i, sLine)
END
Trace("final state", t.m_eState)
IF t.m_eState = Closed THEN Trace("ticket", t.m_nNumber, "closed")
// expect: 1, New -> InProgress
// expect: 2, InProgress -> WaitingCustomer
// expect: 3, evSolution refused in WaitingCustomer
// expect: 4, WaitingCustomer -> InProgress
// expect: 5, InProgress -> Solved
// expect: 6, Solved -> Closed
// expect: 7, evReopen refused in Closed
// expect: final state, Closed
// expect: ticket, 42, closed

CTicket is Class
	PUBLIC
		m_nNumber is int
		m_eState is TicketState = New
		m_arrHistory is array of strings
END

PROCEDURE CTicket::Constructor(nNumber is int)
m_nNumber = nNumber

PROCEDURE CTicket::Transition(eEv is TicketEvent) : boolean
eBefore is TicketState = m_eState
SWITCH m_eState
	CASE New
		IF eEv = evTake THEN m_eState = InProgress
	CASE InProgress
		SWITCH eEv
			CASE evQuestion : m_eState = WaitingCustomer
			CASE evSolution : m_eState = Solved
		END
	CASE WaitingCustomer
		IF eEv = evAnswer THEN m_eState = InProgress
	CASE Solved
		IF eEv = evReopen THEN
			m_eState = InProgress
		ELSE IF eEv = evClose THEN
			m_eState = Closed
		END
	OTHER CASE
		// Closed: nothing moves any more
END
IF m_eState = eBefore THEN
	Add(m_arrHistory, StringBuild("%1 refused in %2", eEv..Name, eBefore..Name))
	RESULT False
END
Add(m_arrHistory, eBefore..Name + " -> " + m_eState..Name)
RESULT True
