// A global member read and written through the class name and a dot (Log.level), as real
// code writes it as often as Log::level; a local variable of that name still wins
Log is a Class
	GLOBAL
		level is int = 1
END
Log.level += 2
Trace(Log.level, Log::level) // expect: 3, 3
Show()
PROCEDURE Show()
Log is string = "a string"
Trace(Log) // expect: a string
