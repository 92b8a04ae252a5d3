// A real winch-acquisition project's server, made small: its clients are classes in
// their own text-format files (SocketClient.wdc, and WinchClient.wdc and
// AcquisitionClient.wdc deriving from it, ExecuteAncestor included), the server keeps
// them in an array of the base class and sorts them as the project does: `d is
// WinchClient dynamic <- c` then `IF d <> Null` (d is Null for a client of another
// class), inside an internal procedure written without END at the end of a procedure.
// (docs/semantics.md, "`<-` into a dynamic object of another class")
arrClients is array of SocketClient dynamic
w1 is WinchClient dynamic = new WinchClient("10.0.0.5:4001", 1)
w2 is WinchClient dynamic = new WinchClient("10.0.0.6:4001", 2)
a is AcquisitionClient dynamic = new AcquisitionClient("10.0.0.9:5000")
a.nbReadings = 120
arrClients.Add(w1)
arrClients.Add(a)
arrClients.Add(w2)
Trace(TieAcquisition(a)) // expect: 1
Trace(TieAcquisition(a)) // expect: 2
Trace(TieAcquisition(a)) // expect: 0
FOR EACH c OF arrClients
	Trace(c.Describe())
END
// expect: client 10.0.0.5:4001, winch 1 (tied to 10.0.0.9:5000)
// expect: client 10.0.0.9:5000, 120 reading(s)
// expect: client 10.0.0.6:4001, winch 2 (tied to 10.0.0.9:5000)
w1.Stop()
Trace(ActiveWinches()) // expect: 1
RemoveClient(a)
Trace(arrClients..Occurrence, w2.acquisition = Null) // expect: 2, 1

// Ties the acquisition to the first free winch; gives its number (0: none)
PROCEDURE TieAcquisition(acq is AcquisitionClient dynamic) : int
FOR EACH c OF arrClients
	d is WinchClient dynamic <- c
	IF d <> Null _AND_ d.acquisition = Null THEN
		d.acquisition = acq
		RESULT d.winchNumber
	END
END
RESULT 0

PROCEDURE ActiveWinches() : int
nActive is int
FOR EACH c OF arrClients
	IF is_active(c) THEN nActive++
END
RESULT nActive

	INTERNAL PROCEDURE is_active(c is SocketClient dynamic) : boolean
		d is WinchClient dynamic <- c
		IF d = Null THEN RESULT False
		RESULT NOT d.IsStopped()

PROCEDURE RemoveClient(client is SocketClient dynamic)
FOR i = arrClients..Occurrence TO 1 STEP -1
	IF arrClients[i] = client THEN ArrayDelete(arrClients, i)
END
FOR EACH c OF arrClients
	d is WinchClient dynamic <- c
	IF d <> Null THEN
		IF d.acquisition <> Null _AND_ d.acquisition.channel = client.channel THEN
			d.acquisition = Null
		END
	END
END
