import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../http/app-context.ts';
import { HttpError } from '../http/errors.ts';
import { createUser, listUserAccounts } from './auth.service.ts';
import { requireRole } from './session.middleware.ts';

const userForm = z.object({
  email: z.string().trim().toLowerCase().email('Enter a valid email address.'),
  role: z.enum(['admin', 'editor'], { error: 'Choose a role: admin or editor.' }),
  password: z.string().min(12, 'The password must have at least 12 characters.').max(1000),
});

/** User management: administrators only. */
export function usersRoutes({ db }: AppContext): Router {
  const router = Router();
  router.use('/users', requireRole('admin'));
  const render = async (
    res: import('express').Response,
    status: number,
    errors: Record<string, string>,
    values: Record<string, string>,
  ) =>
    res.status(status).render('admin/users', {
      title: 'Users',
      canonical: null,
      users: await listUserAccounts(db),
      errors,
      values,
      notice: null,
    });
  router.get('/users', async (_req, res) => {
    await render(res, 200, {}, { email: '', role: 'editor' });
  });
  router.post('/users', async (req, res) => {
    const form = userForm.safeParse(req.body);
    const values = { email: String(req.body?.email ?? ''), role: String(req.body?.role ?? 'editor') };
    if (!form.success) {
      const errors = Object.fromEntries(form.error.issues.map((i) => [String(i.path[0]), i.message]));
      return render(res, 422, errors, values);
    }
    try {
      await createUser(db, form.data.email, form.data.role, form.data.password);
    } catch (error) {
      if (error instanceof HttpError && (error.status === 409 || error.status === 422))
        return render(res, error.status, { email: error.message }, values);
      throw error;
    }
    res.redirect(303, '/admin/users');
  });
  return router;
}
