# os: what can be the same everywhere (paths as strings, separators).
# Process ids, the environment, files and the working directory differ
# from one machine to the next and are refused by name.

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
