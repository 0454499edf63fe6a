import * as core from '@actions/core';
import { sign } from 'sigstore';
core.info(`hello ${typeof sign}`);
