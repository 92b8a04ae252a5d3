// in a method of a class deriving from a class this check does not see, a member the
// class does not declare may be that parent's: `:id` and `id` are not pinned on an
// unrelated class declaring a PRIVATE member of that name (was WL112, "a private member
// of the class CLogger"); an object of that unrelated class still keeps it private
CLogger is a Class
	GLOBAL PRIVATE
	id is int
END
CLocked is a Class
	PRIVATE
	secret is int
END
CClient is a Class
	inherits from CUnknown // warning: WL207:16 unknown parent class 'CUnknown'; CClient has only its own members
END
PROCEDURE CClient::Constructor()
Trace("client" + :id + id + :secret)
o is CLocked
Trace(o.secret) // error: WL112:9 'secret' is a private member of the class CLocked: only its own methods can use it
