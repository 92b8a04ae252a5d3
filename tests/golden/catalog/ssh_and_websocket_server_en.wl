// SSH functions and the functions of a WEBDEV "WebSocket server" project compile and, when
// they run, stop naming their family and why: SSH needs a client library wlinterp does not
// include (the system's ssh program through ExeRun does that work); a WebSocket server
// project runs only on the WEBDEV Application Server (?1000017218). They said "a socket/HTTP
// function: not implemented by wlinterp yet" and "Unknown procedure or function".
// Decided, docs/builtins.md "Catalogued families". French twin: ssh_et_serveur_websocket_fr.wl.
Try("ssh")  // expect: ssh
// expect: SSHCommand is an SSH function: not available in wlinterp (an SSH client needs a library wlinterp does not include; a command can be run on a server through the system's ssh program, ExeRun / LanceAppli with "ssh user@server command").
Try("list")  // expect: list
// expect: WebSocketListConnectedClient is a WebSocket server function: it runs only in a WEBDEV "WebSocket server" project, which the WEBDEV Application Server hosts (on Windows with IIS); wlinterp runs the client's side: WebSocketClientConnect.
Try("send")  // expect: send
// expect: WebSocketSend is a WebSocket server function: it runs only in a WEBDEV "WebSocket server" project, which the WEBDEV Application Server hosts (on Windows with IIS); wlinterp runs the client's side: WebSocketClientConnect.

PROCEDURE Try(s is string)
WHEN EXCEPTION IN
	Trace(s)
	SWITCH s
		CASE "ssh": SSHCommand(1, "ls -l") // wl: ignore[WL103]
		CASE "list": WebSocketListConnectedClient() // wl: ignore[WL103]
		CASE "send": WebSocketSend(1, "hello") // wl: ignore[WL103]
	END
DO
	Trace(ExceptionInfo(errMessage))
END
