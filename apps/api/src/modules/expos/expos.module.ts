import { Module } from '@nestjs/common';
import { ExposController } from './expos.controller.js';
import { ExposService } from './expos.service.js';

@Module({ controllers: [ExposController], providers: [ExposService], exports: [ExposService] })
export class ExposModule {}
