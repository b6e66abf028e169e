import sys
print(__file__, __name__)
print(sys.argv[0])
