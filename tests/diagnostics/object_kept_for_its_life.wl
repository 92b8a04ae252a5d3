// An object declared for what its creation and its end run (a constructor given
// arguments, a destructor: a lock taken for the procedure's length, as real server code
// writes m is MutexHelper(:mutex)) is not "declared but never used"; an object whose
// class runs nothing then is still WL201
CLock is a Class
	name is string
END
CPlain is a Class
	n is int
END
Locked("tables")
PROCEDURE Locked(s is string)
m is CLock(s)
unused is CPlain // warning: WL201:1 'unused' is declared but never used
Trace("in " + s)
PROCEDURE CLock::Constructor(sName is string)
:name = sName
PROCEDURE CLock::Destructor()
Trace("released " + :name)
