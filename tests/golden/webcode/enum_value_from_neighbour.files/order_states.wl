// The enumeration a set of the project declares (this file stands for it).
EOrderState is Enumeration
	stateNew
	stateShipped = "SHIPPED"
	stateLost
END
