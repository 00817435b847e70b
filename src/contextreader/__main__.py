import sys

from contextreader.cli import main

sys.exit(main())
